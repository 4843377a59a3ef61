package uk.childsafeguarding.decisions.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import uk.childsafeguarding.decisions.Http;
import uk.childsafeguarding.decisions.ServiceTest;
import uk.childsafeguarding.decisions.engine.RuleSetHolder;

/**
 * Runs every file under test-scenarios/ over HTTP as its own test, named by its sentence. Every
 * scenario checks the status, the rules that fired, and that every reason cites a registered source;
 * each feature adds the outcome a user would notice.
 */
@ServiceTest
class ScenarioTests {

    @LocalServerPort
    int port;

    @Autowired
    RuleSetHolder rules;

    @TestFactory
    Stream<DynamicTest> thresholds() {
        return tests("thresholds", "/api/v1/threshold-assessments", this::checkThreshold);
    }

    @TestFactory
    Stream<DynamicTest> notification() {
        return tests("notification", "/api/v1/notification-assessments", this::checkNotification);
    }

    @TestFactory
    Stream<DynamicTest> review() {
        return tests("review", "/api/v1/review-assessments", this::checkReview);
    }

    interface Check {
        void check(JsonNode body, Map<String, Object> expect);
    }

    private Stream<DynamicTest> tests(String feature, String path, Check check) {
        return Scenario.all(feature).stream().map(s -> DynamicTest.dynamicTest(s.name(), s.file().toUri(), () -> run(s, path, check)));
    }

    @SuppressWarnings("unchecked")
    private void run(Scenario s, String path, Check check) {
        Http.Response r = new Http(port).postJson(path, s.request());
        Map<String, Object> e = s.expect();
        int status = (Integer) e.getOrDefault("status", 200);
        assertThat(r.status()).as("HTTP status; body: %s", r.body()).isEqualTo(status);
        JsonNode body = r.json();
        if (status != 200) {
            assertThat(r.contentType()).startsWith("application/problem+json");
            Set<String> fields = new HashSet<>();
            body.get("errors").forEach(err -> fields.add(err.get("field").asString()));
            assertThat(fields).as("fields with problems").containsExactlyInAnyOrderElementsOf((List<String>) e.get("errors"));
            return;
        }
        assertThat(r.header("X-Rule-Set-Version")).isEqualTo(rules.current().version());
        assertThat(body.get("decisionId").asString()).hasSize(26);
        assertThat(body.at("/ruleSet/name").asString()).isEqualTo(s.feature());
        List<String> fired = new ArrayList<>();
        body.get("reasons").forEach(x -> {
            fired.add(x.get("ruleId").asString());
            assertThat(rules.current().sources().has(x.at("/source/id").asString()))
                    .as("reason %s cites a registered source", x.get("ruleId")).isTrue();
        });
        assertThat(fired).as("rules that fired").containsAll(s.firedRules());
        if (e.containsKey("exactlyFiredRules")) {
            // the scenario states every rule that fires: an extra firing is a failure too
            assertThat(fired).as("exactly the rules that fired").containsExactlyInAnyOrderElementsOf((List<String>) e.get("exactlyFiredRules"));
        }
        for (String id : (List<String>) e.getOrDefault("notFiredRules", List.of())) {
            assertThat(fired).as("rules that fired").doesNotContain(id);
        }
        containsEach(texts(body.get("notes"), null), e, "notes");
        assertThat(body.get("caveat").asString()).contains("not replace");
        check.check(body, e);
    }

    @SuppressWarnings("unchecked")
    private void checkThreshold(JsonNode body, Map<String, Object> e) {
        equal(body, "/level/number", e, "level");
        equal(body, "/level/label", e, "label");
        equal(body, "/area/frontDoor", e, "frontDoor");
        if (e.containsKey("routes")) {
            assertThat(texts(body.get("routes"), null)).as("routes").containsExactlyInAnyOrderElementsOf((List<String>) e.get("routes"));
        }
        // the answer carries the words for its codes beside them
        body.get("routes").forEach(r -> assertThat(body.at("/words/" + r.asString() + "/text").asString()).as("words for %s", r).isNotBlank());
        List<String> actions = new ArrayList<>();
        body.get("actions").forEach(a -> actions.add(a.get("urgency").asString() + ": " + a.get("text").asString()));
        containsEach(actions, e, "actions");
        if (e.containsKey("firstAction")) {
            assertThat(actions).as("actions").isNotEmpty();
            assertThat(actions.get(0)).as("first action").startsWith((String) e.get("firstAction"));
        }
        equal(body, "/immediateDanger", e, "immediateDanger");
        equal(body, "/professionalJudgementRequired", e, "professionalJudgementRequired");
        equal(body, "/consent/required", e, "consentRequired");
        equal(body, "/consent/informParentsFirst", e, "informParentsFirst");
        equal(body, "/arrangements/localSafeguardingChildrenBoard", e, "localSafeguardingChildrenBoard");
    }

    @SuppressWarnings("unchecked")
    private void checkNotification(JsonNode body, Map<String, Object> e) {
        String decision = body.at("/notification/decision").asString();
        assertThat(body.at("/words/" + decision + "/text").asString()).as("words for %s", decision).isNotBlank();
        assertThat(decision).as("every answer is REQUIRED, CONSIDER or NOT_REQUIRED").isIn("REQUIRED", "CONSIDER", "NOT_REQUIRED");
        equal(body, "/notification/decision", e, "decision");
        equal(body, "/notification/strength", e, "strength");
        equal(body, "/notification/notifyingAuthority", e, "notifyingAuthority");
        equal(body, "/regime", e, "regime");
        equal(body, "/healthPartner", e, "healthPartner");
        dueDates(body.get("deadlines"), "id", e, "deadlines", "noDeadlines");
        dueDates(body.get("recipients"), "body", e, "recipients", "noRecipients");
        containsEach(texts(body.get("localProcess"), "text"), e, "localProcess");
    }

    @SuppressWarnings("unchecked")
    private void checkReview(JsonNode body, Map<String, Object> e) {
        assertThat(body.get("recommendation").asString()).as("recommendation")
                .isIn("LOCAL_CSPR", "NO_FURTHER_REVIEW", "REFER_FOR_NATIONAL_REVIEW", "DISCRETIONARY_REVIEW", "NOT_A_SERIOUS_CASE", "SERIOUS_CASE_REVIEW");
        equal(body, "/recommendation", e, "recommendation");
        equal(body, "/strength", e, "strength");
        equal(body, "/reviewType", e, "reviewType");
        equal(body, "/regime", e, "regime");
        equal(body, "/professionalJudgementRequired", e, "professionalJudgementRequired");
        equal(body, "/partnerDecision/protocol", e, "protocol");
        equal(body, "/partnerDecision/outcome", e, "outcome");
        equal(body, "/partnerDecision/decidedView", e, "decidedView");
        equal(body, "/partnerDecision/detail", e, "detail");
        equal(body, "/partnerDecision/differsFromRecommendation", e, "differsFromRecommendation");
        if (e.containsKey("detailContains")) {
            assertThat(body.at("/partnerDecision/detail").asString()).contains((String) e.get("detailContains"));
        }
        containsEach(List.of(body.at("/partnerDecision/nextStep").asString()), e, "nextStep");
        // every recommendation lists every criterion with its rating and a registered source
        assertThat(body.get("criteria").size()).as("criteria listed").isEqualTo(10);
        Map<String, String> ratings = new java.util.LinkedHashMap<>();
        body.get("criteria").forEach(c -> {
            ratings.put(c.get("id").asString(), c.get("rating").asString());
            assertThat(rules.current().sources().has(c.at("/source/id").asString())).as("source of %s", c.get("id")).isTrue();
            assertThat(c.get("contribution").asString()).as("contribution of %s", c.get("id")).isNotBlank();
        });
        ((Map<String, Object>) e.getOrDefault("criteriaRated", Map.of())).forEach((id, rating) ->
                assertThat(ratings).as("criteria").containsEntry(id, rating.toString()));
        dueDates(body.get("timetable"), "id", e, "timetable", "noTimetable");
        containsEach(texts(body.get("localProcess"), "text"), e, "localProcess");
    }

    @SuppressWarnings("unchecked")
    private static void dueDates(JsonNode list, String key, Map<String, Object> e, String expected, String absent) {
        Map<String, String> actual = new java.util.LinkedHashMap<>();
        list.forEach(x -> actual.put(x.get(key).asString(), x.get("dueBy").isNull() ? null : x.get("dueBy").asString()));
        ((Map<String, Object>) e.getOrDefault(expected, Map.of())).forEach((id, due) ->
                assertThat(actual).as(expected).containsEntry(id, due == null ? null : due.toString()));
        for (String id : (List<String>) e.getOrDefault(absent, List.of())) {
            assertThat(actual).as(expected).doesNotContainKey(id);
        }
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(field == null ? x.asString() : x.get(field).asString()));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void containsEach(List<String> actual, Map<String, Object> e, String key) {
        for (String text : (List<String>) e.getOrDefault(key, List.of())) {
            assertThat(actual).as(key).anySatisfy(a -> assertThat(a).containsIgnoringCase(text));
        }
    }

    private static void equal(JsonNode body, String pointer, Map<String, Object> e, String key) {
        if (!e.containsKey(key)) {
            return;
        }
        JsonNode v = body.at(pointer);
        Object expected = e.get(key);
        Object actual = v.isBoolean() ? (Object) v.asBoolean() : v.isInt() ? (Object) v.asInt() : v.asString();
        assertThat(actual).as(key).isEqualTo(expected);
    }
}
