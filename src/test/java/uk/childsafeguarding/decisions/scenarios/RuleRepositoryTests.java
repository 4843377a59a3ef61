package uk.childsafeguarding.decisions.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.childsafeguarding.decisions.ServiceTest;
import uk.childsafeguarding.decisions.engine.RuleInfo;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.engine.RuleSetHolder;
import uk.childsafeguarding.decisions.thresholds.Indicator;
import uk.childsafeguarding.decisions.thresholds.IndicatorCatalogue;

/**
 * Checks over the repository itself (after petclinic's I18nPropertiesSyncTest): every rule carries
 * its metadata and cites a registered source, and every rule and indicator is exercised by a scenario.
 */
@ServiceTest
class RuleRepositoryTests {

    private static final List<String> FEATURES = List.of("thresholds", "notification", "review");

    @Autowired
    RuleSetHolder holder;

    @Test
    void everyRuleHasIdSourceSectionAndSummary() {
        List<String> missing = new ArrayList<>();
        for (RuleInfo r : holder.current().allRules()) {
            if (blank(r.id()) || blank(r.source()) || blank(r.section()) || blank(r.summary())) {
                missing.add(r.pkg() + "/" + r.name());
            }
        }
        assertThat(missing).as("rules without @id, @source, @section or @summary").isEmpty();
    }

    @Test
    void everyRuleIdFollowsTheSchemeOfItsPackage() {
        for (RuleInfo r : holder.current().allRules()) {
            String prefix = switch (r.pkg()) {
                case "thresholds" -> "THR-";
                case "notification" -> "NOT-";
                case "review" -> "REV-";
                default -> throw new AssertionError("rule " + r.name() + " is in unexpected package " + r.pkg());
            };
            assertThat(r.id()).as("id of %s", r.name()).startsWith(prefix).matches("[A-Z]{3}-[A-Z0-9]+-[A-Z0-9]+");
        }
    }

    @Test
    void everyRuleCitesARegisteredSource() {
        RuleSet rs = holder.current();
        List<String> unregistered = rs.allRules().stream().filter(r -> !rs.sources().has(r.source())).map(r -> r.id() + " -> " + r.source()).toList();
        assertThat(unregistered).as("rules citing a source missing from rules/sources.yaml").isEmpty();
    }

    @Test
    void everyRuleIsExercisedByAScenario() {
        Set<String> exercised = new TreeSet<>();
        for (String feature : FEATURES) {
            Scenario.all(feature).forEach(s -> exercised.addAll(s.firedRules()));
        }
        Set<String> unexercised = new TreeSet<>(holder.current().rulesById().keySet());
        unexercised.removeAll(exercised);
        assertThat(unexercised).as("rules that no scenario expects to fire").isEmpty();
        Set<String> unknown = new TreeSet<>(exercised);
        unknown.removeAll(holder.current().rulesById().keySet());
        assertThat(unknown).as("scenarios expecting rules that do not exist").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyIndicatorIsUsedByAScenario() {
        Set<String> used = new TreeSet<>();
        Scenario.all("thresholds").forEach(s -> used.addAll((List<String>) s.request().getOrDefault("indicators", List.of())));
        Set<String> unused = new TreeSet<>();
        for (Indicator i : holder.current().data(IndicatorCatalogue.class).all()) {
            if (!used.contains(i.code())) {
                unused.add(i.code());
            }
        }
        assertThat(holder.current().data(IndicatorCatalogue.class).all()).hasSize(55);
        assertThat(unused).as("catalogue codes no scenario uses").isEmpty();
    }

    @Test
    void thereAreAtLeastSixtyThresholdScenariosCoveringEveryPartnership() {
        List<Scenario> all = Scenario.all("thresholds");
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        Set<Object> partnerships = new TreeSet<>();
        all.forEach(s -> partnerships.add(String.valueOf(s.request().get("partnership"))));
        assertThat(partnerships).contains("plymouth-torbay", "plymouth", "torbay", "devon", "derby-derbyshire", "south-gloucestershire");
    }

    @Test
    void thereAreAtLeastFortyNotificationAndFortyReviewScenarios() {
        assertThat(Scenario.all("notification")).hasSizeGreaterThanOrEqualTo(40);
        assertThat(Scenario.all("review")).hasSizeGreaterThanOrEqualTo(40);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
