package uk.childsafeguarding.decisions.thresholds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.childsafeguarding.decisions.RuleSetCopies;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.engine.Yamls;
import uk.childsafeguarding.decisions.partnerships.Partnerships;
import uk.childsafeguarding.decisions.system.ApiProblem;

/**
 * The threshold rules (Drools, rules/thresholds) and their hand-written Java encoding give the same
 * explained answer, on every threshold scenario's request and on generated requests across every
 * partnership, area, date, reporter, age and indicator combination the generator reaches. The
 * hand-written encoding is the baseline of ThresholdEvaluationBenchmark, so this also keeps that
 * comparison like for like. The order of reasons, notes and same-urgency actions follows the engine's
 * agenda, so those lists (and the routes, and the triggers within each reason) are compared as sets; everything else (level, routes, texts, consent,
 * citations, what triggered each reason) must be equal.
 */
class HandWrittenThresholdsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static RuleSet rules;
    private static List<String> codes;

    private final ThresholdAssessor engine = new ThresholdAssessor();
    private final HandWrittenThresholds handWritten = new HandWrittenThresholds();

    @BeforeAll
    static void load() {
        rules = RuleSetCopies.load(Path.of("rules"));
        codes = rules.data(IndicatorCatalogue.class).all().stream().map(Indicator::code).toList();
    }

    @Test
    void everyThresholdScenarioGetsTheSameAnswerFromBoth() throws IOException {
        int compared = 0;
        try (Stream<Path> files = Files.list(Path.of("test-scenarios/thresholds"))) {
            for (Path f : files.sorted().toList()) {
                Map<String, Object> scenario = Yamls.map(Yamls.load(Files.readString(f)), f.toString());
                JsonNode request = JSON.valueToTree(scenario.get("request"));
                if (compareOn(request, f.getFileName().toString())) {
                    compared++;
                }
            }
        }
        assertThat(compared).as("scenarios evaluated by both").isGreaterThan(50);
    }

    @Test
    void generatedRequestsGetTheSameAnswerFromBoth() {
        Random random = new Random(20261123);
        Map<String, Integer> levels = new TreeMap<>();
        Set<String> ruleIdsSeen = new java.util.TreeSet<>();
        int compared = 0;
        for (int k = 0; k < 6_000; k++) {
            ObjectNode request = generated(random);
            if (compareOn(request, request.toString())) {
                compared++;
                ThresholdAssessment a = engine.assess(read(request), rules, "same");
                levels.merge(a.level().canonical(), 1, Integer::sum);
                a.reasons().forEach(r -> ruleIdsSeen.add(r.ruleId()));
            }
        }
        // the generator must reach every level and every threshold rule, or agreeing means little
        assertThat(compared).isGreaterThan(4_000);
        assertThat(levels.keySet()).containsExactlyInAnyOrder("UNIVERSAL", "EARLY_HELP", "TARGETED", "SPECIALIST");
        assertThat(ruleIdsSeen).containsAll(rules.rulesById().keySet().stream().filter(id -> id.startsWith("THR-")).toList());
    }

    private static ThresholdRequest read(JsonNode request) {
        return ThresholdRequestReader.read(request, rules.data(Partnerships.class), rules.data(IndicatorCatalogue.class), TODAY);
    }

    /** Compares the two answers; false when the request is refused (as the service would refuse it). */
    private boolean compareOn(JsonNode request, String what) {
        ThresholdRequest r;
        try {
            r = read(request);
        } catch (ApiProblem refused) {
            return false;
        }
        JsonNode byEngine = comparable(engine.assess(r, rules, "same"));
        JsonNode byHand = comparable(handWritten.assess(r, rules, "same"));
        assertThat(byHand.toPrettyString()).as("hand-written answer to " + what).isEqualTo(byEngine.toPrettyString());
        return true;
    }

    /**
     * The answer with reasons, notes, actions, routes and each reason's triggers sorted: their order follows
     * the engine's agenda (the floors behind the level reach it in the order Drools propagates them).
     */
    static JsonNode comparable(ThresholdAssessment a) {
        ObjectNode n = JSON.valueToTree(a);
        n.get("reasons").forEach(x -> sort((ArrayNode) x.get("because")));
        sort((ArrayNode) n.get("routes"));
        sort((ArrayNode) n.get("reasons"));
        sort((ArrayNode) n.get("notes"));
        n.get("actions").forEach(x -> ((ObjectNode) x).remove("order"));
        sort((ArrayNode) n.get("actions"));
        return n;
    }

    private static void sort(ArrayNode list) {
        List<JsonNode> items = new ArrayList<>();
        list.forEach(items::add);
        items.sort(Comparator.comparing(JsonNode::toString));
        list.removeAll();
        items.forEach(list::add);
    }

    private static ObjectNode generated(Random random) {
        String[][] places = {{"devon", null}, {"torbay", null}, {"plymouth", null}, {"plymouth-torbay", null}, {"derby-derbyshire", "derby"},
                {"derby-derbyshire", "derbyshire"}, {"south-gloucestershire", null}};
        String[] dates = {"2019-10-01", "2021-06-01", "2023-06-01", "2024-02-01", "2025-06-01", "2026-11-20"};
        String[] roles = {"EDUCATION", "HEALTH", "POLICE", "SOCIAL_CARE", "OTHER"};
        String[] consent = {"GIVEN", "REFUSED", "NOT_SOUGHT"};
        ObjectNode r = JSON.createObjectNode();
        String[] place = places[random.nextInt(places.length)];
        r.put("partnership", place[0]);
        if (place[1] != null) {
            r.put("area", place[1]);
        }
        r.put("asAt", dates[random.nextInt(dates.length)]);
        r.putObject("reporter").put("role", roles[random.nextInt(roles.length)]);
        ObjectNode child = r.putObject("child");
        int kind = random.nextInt(10);
        if (kind == 0) {
            child.put("unborn", true);
            child.put("gestationWeeks", 8 + random.nextInt(30));
        } else {
            child.put("ageMonths", random.nextInt(kind < 4 ? 14 : 210));
            if (random.nextBoolean()) {
                child.put("independentlyMobile", random.nextBoolean());
            }
        }
        Set<String> chosen = new LinkedHashSet<>();
        if (random.nextInt(6) == 0) {
            // the non-mobile injury protocol has the most branches; reach them more often
            chosen.add("INJURY_NON_MOBILE_CHILD");
        }
        int count = random.nextInt(6);
        for (int j = 0; j < count; j++) {
            chosen.add(codes.get(random.nextInt(codes.size())));
        }
        ArrayNode indicators = r.putArray("indicators");
        chosen.forEach(indicators::add);
        ObjectNode circumstances = r.putObject("circumstances");
        circumstances.put("consent", consent[random.nextInt(consent.length)]);
        if (random.nextInt(8) == 0) {
            circumstances.put("immediateDanger", true);
        }
        if (random.nextInt(4) == 0) {
            circumstances.put("earlyHelpPlanWithoutProgress", true);
        }
        if (random.nextInt(5) == 0) {
            circumstances.put("markDocumentedAsBenign", true);
        }
        if (random.nextInt(5) == 0) {
            circumstances.put("healthProfessionalSatisfiedBenign", true);
        }
        if (random.nextInt(3) == 0) {
            r.putArray("strengths").add("Grandmother provides daily care");
        }
        return r;
    }
}
