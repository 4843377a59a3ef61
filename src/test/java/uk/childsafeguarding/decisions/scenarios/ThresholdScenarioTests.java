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

/** Runs every file in test-scenarios/thresholds/ over HTTP as its own test, named by its sentence. */
@ServiceTest
class ThresholdScenarioTests {

    @LocalServerPort
    int port;

    @Autowired
    RuleSetHolder rules;

    @TestFactory
    Stream<DynamicTest> thresholdScenarios() {
        return Scenario.all("thresholds").stream().map(s -> DynamicTest.dynamicTest(s.name(), s.file().toUri(), () -> run(s)));
    }

    @SuppressWarnings("unchecked")
    private void run(Scenario s) {
        Http.Response r = new Http(port).postJson("/api/v1/threshold-assessments", s.request());
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
        if (e.containsKey("level")) {
            assertThat(body.at("/level/number").asInt()).as("level").isEqualTo(e.get("level"));
        }
        if (e.containsKey("label")) {
            assertThat(body.at("/level/label").asString()).as("local label").isEqualTo(e.get("label"));
        }
        if (e.containsKey("frontDoor")) {
            assertThat(body.at("/area/frontDoor").asString()).as("front door").isEqualTo(e.get("frontDoor"));
        }
        if (e.containsKey("routes")) {
            List<String> routes = new ArrayList<>();
            body.get("routes").forEach(x -> routes.add(x.asString()));
            assertThat(routes).as("routes").containsExactlyInAnyOrderElementsOf((List<String>) e.get("routes"));
        }
        List<String> fired = new ArrayList<>();
        body.get("reasons").forEach(x -> {
            fired.add(x.get("ruleId").asString());
            assertThat(rules.current().sources().has(x.at("/source/id").asString()))
                    .as("reason %s cites a registered source", x.get("ruleId")).isTrue();
        });
        assertThat(fired).as("rules that fired").containsAll(s.firedRules());
        for (String id : (List<String>) e.getOrDefault("notFiredRules", List.of())) {
            assertThat(fired).as("rules that fired").doesNotContain(id);
        }
        List<String> actions = new ArrayList<>();
        body.get("actions").forEach(a -> actions.add(a.get("urgency").asString() + ": " + a.get("text").asString()));
        for (String text : (List<String>) e.getOrDefault("actions", List.of())) {
            assertThat(actions).as("actions").anySatisfy(a -> assertThat(a).containsIgnoringCase(text));
        }
        if (e.containsKey("firstAction")) {
            assertThat(actions).as("actions").isNotEmpty();
            assertThat(actions.get(0)).as("first action").startsWith((String) e.get("firstAction"));
        }
        List<String> notes = new ArrayList<>();
        body.get("notes").forEach(n -> notes.add(n.asString()));
        for (String text : (List<String>) e.getOrDefault("notes", List.of())) {
            assertThat(notes).as("notes").anySatisfy(n -> assertThat(n).containsIgnoringCase(text));
        }
        flag(body, "/immediateDanger", e, "immediateDanger");
        flag(body, "/professionalJudgementRequired", e, "professionalJudgementRequired");
        flag(body, "/consent/required", e, "consentRequired");
        flag(body, "/consent/informParentsFirst", e, "informParentsFirst");
        flag(body, "/arrangements/localSafeguardingChildrenBoard", e, "localSafeguardingChildrenBoard");
        assertThat(body.get("caveat").asString()).contains("not replace");
    }

    private static void flag(JsonNode body, String pointer, Map<String, Object> e, String key) {
        if (e.containsKey(key)) {
            assertThat(body.at(pointer).asBoolean()).as(key).isEqualTo(e.get(key));
        }
    }
}
