package uk.childsafeguarding.decisions.thresholds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import uk.childsafeguarding.decisions.Http;
import uk.childsafeguarding.decisions.ServiceTest;
import uk.childsafeguarding.decisions.engine.RuleSetHolder;

/** What a client sees at the edges of the threshold API: bad bodies, headers, the catalogue and health. */
@ServiceTest
class ThresholdApiTests {

    private static final String PATH = "/api/v1/threshold-assessments";

    @LocalServerPort
    int port;

    @Autowired
    RuleSetHolder rules;

    private Http http() {
        return new Http(port);
    }

    @Test
    void rejectsMalformedJsonWithProblemJson() {
        Http.Response r = http().post(PATH, "{\"partnership\": \"devon\", ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode body = r.json();
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("type").asString()).isNotBlank();
        assertThat(body.at("/errors/0/message").asString()).contains("not valid JSON");
    }

    @Test
    void rejectsABodyThatIsNotAnObject() {
        Http.Response r = http().post(PATH, "[1, 2]");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/errors/0/message").asString()).contains("JSON object");
    }

    @Test
    void rejectsAnEmptyBody() {
        assertThat(http().post(PATH, "").status()).isEqualTo(400);
    }

    @Test
    void rejectsAnOversizedBody() {
        String big = "{\"partnership\": \"devon\", \"strengths\": [\"" + "x".repeat(70_000) + "\"]}";
        Http.Response r = http().post(PATH, big);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().at("/errors/0/message").asString()).contains("larger than");
    }

    @Test
    void rejectsDuplicateKeys() {
        Http.Response r = http().post(PATH, "{\"partnership\": \"devon\", \"partnership\": \"torbay\"}");
        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void rejectsWrongTypesFieldByField() {
        Http.Response r = http().post(PATH, "{\"partnership\": 7, \"reporter\": {\"role\": \"HEALTH\"}, \"child\": {\"ageMonths\": \"four\"},"
                + " \"indicators\": \"LOW_INCOME\", \"circumstances\": {\"immediateDanger\": \"yes\"}}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("\"partnership\"", "\"child.ageMonths\"", "\"indicators\"", "\"circumstances.immediateDanger\"");
    }

    @Test
    void rejectsNonJsonContentTypeWithProblemJson() {
        Http.Response r = http().post(PATH, "partnership=devon", "application/x-www-form-urlencoded");
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void answersWithTheRuleSetVersionInHeaderAndBody() {
        Http.Response r = http().post(PATH, "{\"partnership\":\"devon\",\"reporter\":{\"role\":\"EDUCATION\"},\"child\":{\"ageMonths\":100},\"indicators\":[\"LOW_INCOME\"]}");
        assertThat(r.status()).isEqualTo(200);
        String version = rules.current().version();
        assertThat(version).matches("sha256:[0-9a-f]{64}");
        assertThat(r.header("X-Rule-Set-Version")).isEqualTo(version);
        assertThat(r.json().at("/ruleSet/version").asString()).isEqualTo(version);
        assertThat(r.json().at("/ruleSet/name").asString()).isEqualTo("thresholds");
    }

    @Test
    void everyReasonCarriesARuleIdAndACitation() {
        Http.Response r = http().post(PATH, "{\"partnership\":\"torbay\",\"reporter\":{\"role\":\"EDUCATION\"},\"child\":{\"ageMonths\":100},"
                + "\"indicators\":[\"ABUSE_DISCLOSED\",\"LOW_INCOME\",\"DOMESTIC_ABUSE_ONGOING\"]}");
        assertThat(r.status()).isEqualTo(200);
        JsonNode reasons = r.json().get("reasons");
        assertThat(reasons.size()).isGreaterThan(3);
        reasons.forEach(reason -> {
            assertThat(reason.get("ruleId").asString()).startsWith("THR-");
            assertThat(reason.at("/source/title").asString()).isNotBlank();
            assertThat(reason.at("/source/section").asString()).isNotBlank();
        });
    }

    @Test
    void listsTheWholeIndicatorCatalogue() {
        Http.Response r = http().get("/api/v1/indicators");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("indicators").size()).isEqualTo(55);
        assertThat(r.json().at("/indicators/24/code").asString()).isEqualTo("INJURY_NON_MOBILE_CHILD");
    }

    @Test
    void listsPartnershipsWithAreasLabelsAndFrontDoors() {
        Http.Response r = http().get("/api/v1/partnerships");
        assertThat(r.status()).isEqualTo(200);
        JsonNode list = r.json().get("partnerships");
        assertThat(list.size()).isEqualTo(6);
        JsonNode dd = null;
        for (JsonNode p : list) {
            if (p.get("id").asString().equals("derby-derbyshire")) {
                dd = p;
            }
        }
        assertThat(dd).isNotNull();
        assertThat(dd.get("areaRequired").asBoolean()).isTrue();
        assertThat(dd.at("/areas/1/frontDoors/0/name").asString()).isEqualTo("Starting Point");
        assertThat(dd.at("/areas/1/levelLabels/3/label").asString()).isEqualTo("Intensive");
    }

    @Test
    void healthIsUpWithTheLoadedRuleSet() {
        Http.Response r = http().get("/actuator/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("UP");
        assertThat(r.body()).contains(rules.current().version());
    }

    @Test
    void unknownPathIsProblemJson() {
        Http.Response r = http().get("/api/v1/nothing-here");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }
}
