package uk.childsafeguarding.decisions.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import uk.childsafeguarding.decisions.Http;
import uk.childsafeguarding.decisions.ServiceTest;
import uk.childsafeguarding.decisions.scenarios.Scenario;

/**
 * The published description (/v3/api-docs) against what the service really accepts and answers,
 * checked by an OpenAPI validator independent of springdoc and of the service's own JSON Schema
 * validation (Atlassian's openapi-request-validator): every scenario's request, and the answer the
 * service gave to it, must match the description, or the test fails with the validator's messages.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDescriptionTests {

    static final Map<String, String> PATHS = Map.of("thresholds", "/api/v1/threshold-assessments", "notification", "/api/v1/notification-assessments",
            "review", "/api/v1/review-assessments");

    @LocalServerPort
    int port;

    String description;
    OpenApiInteractionValidator validator;

    @BeforeAll
    void readTheDescriptionAsAnAnonymousClientWould() {
        Http.Response r = Http.anonymous(port).get("/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        description = r.body();
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(description).build();
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioRequestAndItsAnswerMatchTheDescription() {
        return PATHS.entrySet().stream().flatMap(e -> Scenario.all(e.getKey()).stream()
                .map(s -> DynamicTest.dynamicTest(s.name(), s.file().toUri(), () -> check(s, e.getValue()))));
    }

    private void check(Scenario s, String path) {
        String body = Http.JSON.writeValueAsString(s.request());
        Http.Response r = new Http(port).post(path, body);
        int expected = (Integer) s.expect().getOrDefault("status", 200);
        assertThat(r.status()).as("status; body: %s", r.body()).isEqualTo(expected);
        if (expected == 200) {
            // a request the service accepts is one the description accepts
            ValidationReport request = validator.validateRequest(request(path, body));
            assertThat(messages(request)).as("request of %s against the description", s.file()).isEmpty();
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(r.status()).withContentType(r.contentType()).withBody(r.body());
        r.raw().headers().map().forEach((name, values) -> response.withHeader(name, values));
        ValidationReport answer = validator.validateResponse(path, Request.Method.POST, response.build());
        assertThat(messages(answer)).as("answer to %s against the description", s.file()).isEmpty();
    }

    @Test
    void refusesARequestTheServiceRefusesForItsShape() {
        // the description is not merely permissive: an unknown field, a wrong type and an unknown code are refused by it too
        String body = """
                {"partnership": "devon", "reporter": {"role": "TEACHER"}, "child": {"ageMonths": "four"}, "indicators": ["NOT_A_CODE"], "colour": "red"}""";
        List<String> refused = messages(validator.validateRequest(request("/api/v1/threshold-assessments", body)));
        assertThat(refused).hasSizeGreaterThanOrEqualTo(4);
        Http.Response r = new Http(port).post("/api/v1/threshold-assessments", body);
        assertThat(r.status()).isEqualTo(400);
        ValidationReport answer = validator.validateResponse("/api/v1/threshold-assessments", Request.Method.POST,
                SimpleResponse.Builder.status(400).withContentType(r.contentType()).withBody(r.body()).build());
        assertThat(messages(answer)).isEmpty();
    }

    @Test
    void recordsReplaysVerificationAndReferenceDataMatchTheDescription() {
        Http http = new Http(port);
        Http.Response made = http.post("/api/v1/threshold-assessments", """
                {"partnership": "torbay", "asAt": "2026-11-18", "reporter": {"role": "HEALTH"}, "child": {"ageMonths": 30}, "indicators": ["LOW_INCOME"]}""");
        assertThat(made.status()).isEqualTo(200);
        String id = made.json().get("decisionId").asString();
        exchange(http, "GET", "/api/v1/decisions/" + id, null, 200);
        exchange(http, "GET", "/api/v1/decisions?partnership=torbay&size=5", null, 200);
        exchange(http, "GET", "/api/v1/decisions/" + id + "/what-would-change", null, 200);
        exchange(http, "POST", "/api/v1/decisions/" + id + "/replay", "{\"against\": \"ORIGINAL\"}", 200);
        exchange(http, "POST", "/api/v1/decisions/" + id + "/outcome", "{\"agreed\": false, \"finalLevel\": 3, \"reason\": \"school has more to add\"}", 201);
        exchange(http, "GET", "/api/v1/decisions/" + id, null, 200);
        exchange(http, "GET", "/api/v1/audit/verification", null, 200);
        Http.Response job = exchange(http, "POST", "/api/v1/replays",
                "{\"partnership\": \"torbay\", \"from\": \"2026-11-18\", \"to\": \"2026-11-18\", \"waitSeconds\": 30}", 200);
        exchange(http, "GET", "/api/v1/replays/" + job.json().get("jobId").asString(), null, 200);
        exchange(http, "GET", "/api/v1/partnerships", null, 200);
        exchange(http, "GET", "/api/v1/indicators", null, 200);
        exchange(http, "GET", "/api/v1/decisions/NOSUCHDECISION0000000000000", null, 404);
    }

    /** Sends a request, checks the status, and checks the request and the answer against the description. */
    private Http.Response exchange(Http http, String method, String path, String body, int status) {
        Http.Response r = http.send(method, path, body);
        assertThat(r.status()).as("%s %s: %s", method, path, r.body()).isEqualTo(status);
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Request.Method m = Request.Method.valueOf(method);
        if (body != null) {
            Request request = new SimpleRequest.Builder(m, bare).withContentType("application/json").withAccept("application/json")
                    .withAuthorization(Http.basic("tester")).withBody(body).build();
            assertThat(messages(validator.validateRequest(request))).as("request %s %s", method, path).isEmpty();
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(r.status()).withContentType(r.contentType()).withBody(r.body());
        assertThat(messages(validator.validateResponse(bare, m, response.build()))).as("answer to %s %s", method, path).isEmpty();
        return r;
    }

    @Test
    void catchesAnAnswerThatDriftsFromTheDescription() {
        // the check above can fail: the same validator refuses a real answer with a field taken away or mistyped
        Http.Response r = new Http(port).post("/api/v1/threshold-assessments", """
                {"partnership": "devon", "asAt": "2026-11-20", "reporter": {"role": "HEALTH"}, "child": {"ageMonths": 30}, "indicators": []}""");
        assertThat(r.status()).isEqualTo(200);
        tools.jackson.databind.node.ObjectNode drifted = (tools.jackson.databind.node.ObjectNode) r.json();
        drifted.remove("level");
        drifted.put("immediateDanger", "no");
        ValidationReport answer = validator.validateResponse("/api/v1/threshold-assessments", Request.Method.POST,
                SimpleResponse.Builder.status(200).withContentType("application/json").withBody(drifted.toString()).build());
        assertThat(messages(answer)).hasSize(2);
    }

    @Test
    void describesEveryBodyOperationAndProblemOfTheAssessments() {
        JsonNode doc = Http.JSON.readTree(description);
        assertThat(doc.get("openapi").asString()).startsWith("3.1");
        for (String path : PATHS.values()) {
            JsonNode op = doc.at("/paths/" + path.replace("/", "~1") + "/post");
            assertThat(op.at("/requestBody/required").asBoolean()).as("%s body required", path).isTrue();
            assertThat(op.at("/requestBody/content/application~1json/schema/$ref").asString()).as(path).startsWith("#/components/schemas/");
            assertThat(op.at("/requestBody/content/application~1json/examples/scenario/value/partnership").isString()).as("%s example", path).isTrue();
            assertThat(op.at("/responses/200/content/application~1json/schema/$ref").asString()).as(path).startsWith("#/components/schemas/");
            for (String status : List.of("400", "401", "403", "415", "422", "429", "503")) {
                assertThat(op.at("/responses/" + status + "/content/application~1problem+json/schema/$ref").asString()).as("%s %s", path, status)
                        .isEqualTo("#/components/schemas/Problem");
            }
        }
        // codes are enums, the indicator codes those of the loaded catalogue, with their plain-English text
        assertThat(doc.at("/components/schemas/IndicatorCode/enum").size()).isEqualTo(55);
        assertThat(doc.at("/components/schemas/IndicatorCode/x-enum-descriptions").size()).isEqualTo(55);
        assertThat(doc.at("/components/schemas/Outcome/enum").toString()).contains("SERIOUSLY_HARMED");
        assertThat(doc.at("/components/schemas/ReviewRequest/properties/criteria/anyOf/0/properties/improvementsNeeded").isObject()).isTrue();
        assertThat(doc.at("/components/schemas/Problem/properties/errors/items/$ref").asString()).isEqualTo("#/components/schemas/FieldError");
        // every /api operation has a unique id and a tag
        Set<String> ids = new HashSet<>();
        List<String> missing = new ArrayList<>();
        doc.get("paths").properties().forEach(p -> p.getValue().properties().forEach(m -> {
            JsonNode op = m.getValue();
            if (!op.has("operationId") || !op.has("tags") || !ids.add(op.get("operationId").asString())) {
                missing.add(m.getKey() + " " + p.getKey());
            }
        }));
        assertThat(missing).as("operations without a unique id or a tag").isEmpty();
        assertThat(ids).contains("assessThreshold", "assessNotification", "assessReview", "getDecision", "recordOutcome", "whatWouldChange");
    }

    @Test
    void offersTheDescriptionAsAFileAndABrowsablePageForSignedInUsers() {
        Http.Response yaml = Http.anonymous(port).get("/v3/api-docs.yaml");
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.body()).startsWith("openapi: 3.1").contains("operationId: assessThreshold");
        Http.Response page = new Http(port).get("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        Http.Response config = new Http(port).get("/v3/api-docs/swagger-config");
        assertThat(config.json().get("url").asString()).isEqualTo("/v3/api-docs");
        assertThat(Http.anonymous(port).get("/swagger-ui/index.html").status()).as("the page needs a sign-in").isEqualTo(401);
    }

    private static Request request(String path, String body) {
        return SimpleRequest.Builder.post(path).withContentType("application/json").withAccept("application/json")
                .withAuthorization(Http.basic("tester")).withBody(body).build();
    }

    private static List<String> messages(ValidationReport report) {
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage()).toList();
    }
}
