package uk.childsafeguarding.decisions.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.childsafeguarding.decisions.ServiceTest;
import uk.childsafeguarding.decisions.engine.RuleInfo;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.engine.RuleSetHolder;
import uk.childsafeguarding.decisions.engine.Source;
import uk.childsafeguarding.decisions.partnerships.LocalArrangements;
import uk.childsafeguarding.decisions.partnerships.LocalCitation;
import uk.childsafeguarding.decisions.partnerships.Partnership;
import uk.childsafeguarding.decisions.partnerships.Partnerships;
import uk.childsafeguarding.decisions.review.CriteriaCatalogue;
import uk.childsafeguarding.decisions.review.Criterion;
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
        List<String> unregistered = new ArrayList<>();
        for (RuleInfo r : rs.allRules()) {
            if (!rs.sources().has(r.source())) {
                unregistered.add(r.id() + " -> " + r.source());
            }
            if (r.later() != null && !rs.sources().has(r.later().source())) {
                unregistered.add(r.id() + " (later) -> " + r.later().source());
            }
        }
        assertThat(unregistered).as("rules citing a source missing from rules/sources.yaml").isEmpty();
    }

    /** The first day the service answers for; a rule without @effectiveFrom applies from then. */
    private static final LocalDate SERVICE_START = LocalDate.of(2018, 6, 29);

    @Test
    void aCitedSourceIsInForceOnEveryDayTheRuleCitesIt() {
        RuleSet rs = holder.current();
        List<String> wrong = new ArrayList<>();
        for (RuleInfo r : rs.allRules()) {
            LocalDate from = r.validity().from() == null ? SERVICE_START : r.validity().from();
            LocalDate to = r.validity().to();
            LocalDate switchAt = r.later() == null ? null : r.later().from();
            LocalDate firstEnd = switchAt != null && (to == null || switchAt.isBefore(to)) ? switchAt : to;
            if (!from.equals(firstEnd)) {
                check(rs, r.id(), r.source(), from, firstEnd, wrong);
            }
            if (switchAt != null && (to == null || switchAt.isBefore(to))) {
                check(rs, r.id() + " (later)", r.later().source(), switchAt.isAfter(from) ? switchAt : from, to, wrong);
            }
        }
        for (Partnership p : rs.data(Partnerships.class).all()) {
            for (LocalCitation c : p.citations()) {
                LocalDate from = latest(SERVICE_START, p.validity().from(), c.validity().from());
                LocalDate to = earliest(p.validity().to(), c.validity().to());
                if (!rs.sources().has(c.source())) {
                    wrong.add(p.id() + " " + c.id() + " cites unregistered source " + c.source());
                }
                check(rs, p.id() + " " + c.id(), c.source(), from, to, wrong);
            }
        }
        for (Criterion c : rs.data(CriteriaCatalogue.class).criteria()) {
            check(rs, c.id(), c.source(), SERVICE_START, c.laterFrom(), wrong);
            if (c.laterFrom() != null) {
                check(rs, c.id() + " (later)", c.laterSource(), c.laterFrom(), null, wrong);
            }
        }
        assertThat(wrong).as("citations of a document outside the dates it was in force").isEmpty();
    }

    private static LocalDate latest(LocalDate... days) {
        return java.util.Arrays.stream(days).filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElseThrow();
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    @Test
    void noPartnershipOrAreaIsNamedInRulesOrMainJava() throws IOException {
        Set<String> ids = new TreeSet<>();
        for (Partnership p : holder.current().data(Partnerships.class).all()) {
            ids.add(p.id());
            ids.addAll(p.areaIds());
        }
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("rules"), Path.of("src/main/java"))) {
            try (var files = Files.walk(root)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".drl") || x.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(f);
                    for (String id : ids) {
                        if (text.contains("\"" + id + "\"")) {
                            found.add(f + " names \"" + id + "\"");
                        }
                    }
                }
            }
        }
        assertThat(found).as("local policy belongs in rules/partnerships/<id>.yaml, not in rules or code").isEmpty();
    }

    @Test
    void everyNameADrlMatchesExists() throws IOException {
        RuleSet rs = holder.current();
        Set<String> parameters = new TreeSet<>();
        for (String feature : FEATURES) {
            Path f = Path.of("rules", feature, "parameters.yaml");
            if (Files.exists(f)) {
                Matcher m = Pattern.compile("(?m)^  ([a-zA-Z0-9.]+):").matcher(Files.readString(f));
                while (m.find()) {
                    parameters.add(m.group(1));
                }
            }
        }
        rs.data(Partnerships.class).allAreas().forEach(a -> parameters.addAll(a.parameters().names()));
        Set<String> codes = new TreeSet<>();
        rs.data(IndicatorCatalogue.class).all().forEach(i -> codes.add(i.code()));
        Set<String> criteria = new TreeSet<>();
        rs.data(CriteriaCatalogue.class).criteria().forEach(c -> criteria.add(c.id()));
        Set<String> weights = Set.of("MUST_CONSIDER", "HAVE_REGARD", "NATIONAL");
        Set<String> procedures = new TreeSet<>();
        rs.data(Partnerships.class).allAreas().forEach(a -> procedures.add(a.procedures()));
        List<String> unknown = new ArrayList<>();
        try (var files = Files.walk(Path.of("rules"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".drl")).toList()) {
                String text = Files.readString(f);
                names(text, "name == \"([^\"]+)\"", parameters, f + " parameter ", unknown);
                names(text, "code == \"([^\"]+)\"", codes, f + " indicator ", unknown);
                names(text, "\\bid == \"([^\"]+)\"", criteria, f + " criterion ", unknown);
                names(text, "id != \"([^\"]+)\"", criteria, f + " criterion ", unknown);
                names(text, "weight == \"([^\"]+)\"", weights, f + " weight ", unknown);
                names(text, "procedures [!=]= \"([^\"]+)\"", procedures, f + " procedures ", unknown);
                Matcher in = Pattern.compile("code in \\(([^)]*)\\)").matcher(text);
                while (in.find()) {
                    names(in.group(1), "\"([^\"]+)\"", codes, f + " indicator ", unknown);
                }
            }
        }
        assertThat(unknown).as("names in rules that match nothing (a typo would silently stop a rule firing)").isEmpty();
    }

    private static void names(String text, String regex, Set<String> known, String what, List<String> unknown) {
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            if (!known.contains(m.group(1))) {
                unknown.add(what + m.group(1));
            }
        }
    }

    private static void check(RuleSet rs, String what, String sourceId, LocalDate from, LocalDate to, List<String> wrong) {
        Source s = rs.sources().get(sourceId);
        if (s != null && !s.covers(from, to)) {
            wrong.add(what + " cites " + sourceId + " (in force " + s.inForceFrom() + " to " + s.inForceTo() + ") for " + from + " to " + to);
        }
    }

    @Test
    void onePartnershipsDocumentIsCitedOnlyByRulesForThatPartnership() throws IOException {
        RuleSet rs = holder.current();
        Partnerships partnerships = rs.data(Partnerships.class);
        Map<String, String> blocks = ruleBlocksById();
        List<String> wrong = new ArrayList<>();
        for (RuleInfo r : rs.allRules()) {
            List<String> sources = new ArrayList<>(List.of(r.source()));
            if (r.later() != null) {
                sources.add(r.later().source());
            }
            for (String id : sources) {
                Source s = rs.sources().get(id);
                if (s == null || s.areas().isEmpty()) {
                    continue;
                }
                Set<String> named = areasNamedBy(blocks.get(r.id()), partnerships);
                if (named.isEmpty() || !s.areas().containsAll(named)) {
                    wrong.add(r.id() + " cites " + id + " (for " + s.areas() + ") but applies to " + (named.isEmpty() ? "every area" : named));
                }
            }
        }
        assertThat(wrong).as("rules citing one partnership's own document for other partnerships").isEmpty();
    }

    /** The areas a rule's conditions limit it to: by area, by partnership, or by the procedures an area follows. */
    private static Set<String> areasNamedBy(String block, Partnerships partnerships) {
        Set<String> areas = new TreeSet<>();
        Matcher m = Pattern.compile("(areaId|partnershipId|procedures) (==|!=) \"([a-zA-Z-]+)\"").matcher(block);
        while (m.find()) {
            List<String> hit = switch (m.group(1)) {
                case "areaId" -> List.of(m.group(3));
                case "partnershipId" -> partnerships.partnership(m.group(3)).areaIds();
                default -> partnerships.allAreas().stream().filter(a -> a.procedures().equals(m.group(3)) == m.group(2).equals("==")).map(a -> a.id()).toList();
            };
            areas.addAll(hit);
        }
        // rules that read a partnership's own setting apply where that setting is made
        if (block.contains("nimHealthProfessionalGate == true") || Pattern.compile("(?<!not )NimHealthGate\\(\\)").matcher(block).find()) {
            partnerships.allAreas().stream().filter(a -> a.nimHealthProfessionalGate()).forEach(a -> areas.add(a.id()));
        }
        if (block.contains("areaReviewGroupsCompleteEarlierReviews == true")) {
            partnerships.all().stream().filter(p -> LocalArrangements.COMPLETED_BY_AREA_REVIEW_GROUPS.equals(p.unfinishedReviewsCompletedBy()))
                    .forEach(p -> areas.addAll(p.areaIds()));
        }
        return areas;
    }

    private static Map<String, String> ruleBlocksById() throws IOException {
        Map<String, String> out = new java.util.HashMap<>();
        try (var files = Files.walk(Path.of("rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                for (String block : Files.readString(f).split("\nrule ")) {
                    Matcher id = Pattern.compile("@id\\(\"([A-Z0-9-]+)\"\\)").matcher(block);
                    if (id.find()) {
                        out.put(id.group(1), block);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void everyRuleIsExercisedByAScenario() {
        Set<String> exercised = new TreeSet<>();
        for (String feature : FEATURES) {
            Scenario.all(feature).forEach(s -> exercised.addAll(s.firedRules()));
        }
        Set<String> known = new TreeSet<>(holder.current().rulesById().keySet());
        // each piece of a partnership's own policy has an id of its own and is cited in answers like a rule
        holder.current().data(Partnerships.class).all().forEach(p -> p.citations().forEach(c -> known.add(c.id())));
        Set<String> unexercised = new TreeSet<>(known);
        unexercised.removeAll(exercised);
        assertThat(unexercised).as("rules and local policy that no scenario expects to fire").isEmpty();
        Set<String> unknown = new TreeSet<>(exercised);
        unknown.removeAll(known);
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
