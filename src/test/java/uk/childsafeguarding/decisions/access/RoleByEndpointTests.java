package uk.childsafeguarding.decisions.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.childsafeguarding.decisions.Http;
import uk.childsafeguarding.decisions.ServiceTest;

/**
 * Every endpoint against every role and partnership: allowed, 401, 403, or 404 for a record in a
 * partnership the user cannot see. A further test fails when an endpoint exists that this table
 * does not cover.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleByEndpointTests {

    static final String[] USERS = {null, "devon-practitioner", "torbay-practitioner", "devon-reviewer", "devon-auditor", "torbay-auditor", "rules-admin"};

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private String devonThreshold;
    private String devonReview;
    private String devonAuditorJob;
    private String torbayThreshold;
    private String devonNotification;

    static String threshold(String partnership) {
        return "{\"partnership\":\"" + partnership + "\",\"asAt\":\"2026-11-20\",\"reporter\":{\"role\":\"EDUCATION\"},\"child\":{\"ageMonths\":100},"
                + "\"indicators\":[\"LOW_INCOME\"],\"circumstances\":{\"consent\":\"GIVEN\"}}";
    }

    static final String NOTIFICATION = "{\"partnership\":\"devon\",\"asAt\":\"2026-11-20\",\"child\":{\"ageYears\":3},\"incident\":{\"outcome\":\"SERIOUSLY_HARMED\","
            + "\"abuseOrNeglect\":\"SUSPECTED\",\"location\":\"IN_AREA\",\"incidentDate\":\"2026-11-02\",\"localAuthorityAwareDate\":\"2026-11-03\"}}";
    static final String REVIEW = "{\"partnership\":\"devon\",\"asAt\":\"2026-11-20\",\"case\":{\"abuseOrNeglect\":\"KNOWN\",\"outcome\":\"DIED\"},"
            + "\"dates\":{\"partnersAwareDate\":\"2026-10-26\"},\"criteria\":{\"improvementsNeeded\":\"YES\"}}";
    static final String IMPACT = "{\"from\":\"2026-11-20\",\"to\":\"2026-11-20\",\"against\":\"CURRENT\"}";

    @BeforeAll
    void createRecords() {
        devonThreshold = new Http(port, "devon-practitioner").post("/api/v1/threshold-assessments", threshold("devon")).json().get("decisionId").asString();
        devonReview = new Http(port, "devon-reviewer").post("/api/v1/review-assessments", REVIEW).json().get("decisionId").asString();
        devonAuditorJob = new Http(port, "devon-auditor").post("/api/v1/replays", IMPACT).header("Location");
        torbayThreshold = new Http(port, "torbay-practitioner").post("/api/v1/threshold-assessments", threshold("torbay")).json().get("decisionId").asString();
        devonNotification = new Http(port, "devon-reviewer").post("/api/v1/notification-assessments", NOTIFICATION).json().get("decisionId").asString();
    }

    record Row(String method, String pattern, Supplier<String> path, String body, int[] expected) {
    }

    private static int[] e(int... statuses) {
        return statuses;
    }

    List<Row> table() {
        List<Row> rows = new ArrayList<>();
        //                                                          anon devon-pr torbay-pr devon-rev devon-aud torbay-aud rules-adm
        rows.add(new Row("POST", "/api/v1/threshold-assessments", () -> "/api/v1/threshold-assessments", threshold("devon"), e(401, 200, 403, 403, 403, 403, 403)));
        rows.add(new Row("GET", "/api/v1/partnerships/{id}/policy", () -> "/api/v1/partnerships/devon/policy", null, e(401, 200, 200, 200, 200, 200, 200)));
        rows.add(new Row("POST", "/api/v1/partnerships/{id}/policy/sign-off", () -> "/api/v1/partnerships/devon/policy/sign-off", "{}",
                e(401, 403, 403, 403, 403, 403, 403)));
        rows.add(new Row("POST", "/api/v1/threshold-assessments", () -> "/api/v1/threshold-assessments", threshold("torbay"), e(401, 403, 200, 403, 403, 403, 403)));
        rows.add(new Row("POST", "/api/v1/notification-assessments", () -> "/api/v1/notification-assessments", NOTIFICATION, e(401, 403, 403, 200, 403, 403, 403)));
        rows.add(new Row("POST", "/api/v1/review-assessments", () -> "/api/v1/review-assessments", REVIEW, e(401, 403, 403, 200, 403, 403, 403)));
        rows.add(new Row("GET", "/api/v1/decisions/{id}", () -> "/api/v1/decisions/" + devonThreshold, null, e(401, 200, 404, 404, 200, 404, 403)));
        rows.add(new Row("GET", "/api/v1/decisions/{id}", () -> "/api/v1/decisions/" + devonReview, null, e(401, 404, 404, 200, 200, 404, 403)));
        rows.add(new Row("GET", "/api/v1/decisions/{id}/proof", () -> "/api/v1/decisions/" + devonThreshold + "/proof", null, e(401, 200, 404, 404, 200, 404, 403)));
        rows.add(new Row("GET", "/api/v1/decisions/{id}/what-would-change", () -> "/api/v1/decisions/" + devonThreshold + "/what-would-change", null,
                e(401, 200, 404, 404, 200, 404, 403)));
        rows.add(new Row("GET", "/api/v1/decisions/{id}/what-would-change", () -> "/api/v1/decisions/" + devonReview + "/what-would-change", null,
                e(401, 404, 404, 200, 200, 404, 403)));
        rows.add(new Row("GET", "/api/v1/decisions", () -> "/api/v1/decisions", null, e(401, 200, 200, 200, 200, 200, 403)));
        rows.add(new Row("POST", "/api/v1/decisions/{id}/replay", () -> "/api/v1/decisions/" + devonThreshold + "/replay", "{\"against\":\"ORIGINAL\"}",
                e(401, 403, 403, 403, 200, 404, 403)));
        rows.add(new Row("POST", "/api/v1/replays", () -> "/api/v1/replays", IMPACT, e(401, 403, 403, 403, 200, 200, 403)));
        rows.add(new Row("GET", "/api/v1/replays/{jobId}", () -> devonAuditorJob, null, e(401, 403, 403, 403, 200, 404, 403)));
        rows.add(new Row("GET", "/api/v1/audit/verification", () -> "/api/v1/audit/verification", null, e(401, 403, 403, 403, 200, 200, 403)));
        rows.add(new Row("GET", "/api/v1/audit/public-key", () -> "/api/v1/audit/public-key", null, e(200, 200, 200, 200, 200, 200, 200)));
        rows.add(new Row("GET", "/api/v1/audit/checkpoints", () -> "/api/v1/audit/checkpoints", null, e(401, 403, 403, 403, 200, 200, 403)));
        rows.add(new Row("GET", "/api/v1/audit/chain", () -> "/api/v1/audit/chain", null, e(401, 403, 403, 403, 200, 200, 403)));
        rows.add(new Row("POST", "/api/v1/decisions/{id}/outcome", () -> "/api/v1/decisions/" + devonThreshold + "/outcome", "{\"agreed\":true}",
                e(401, 201, 404, 404, 403, 403, 403)));
        rows.add(new Row("POST", "/api/v1/decisions/{id}/outcome", () -> "/api/v1/decisions/" + devonReview + "/outcome", "{\"agreed\":true}",
                e(401, 404, 404, 201, 403, 403, 403)));
        rows.add(new Row("GET", "/api/v1/decisions/export", () -> "/api/v1/decisions/export?format=csv", null, e(401, 403, 403, 403, 200, 200, 403)));
        rows.add(new Row("GET", "/api/v1/decisions/summary", () -> "/api/v1/decisions/summary", null, e(401, 403, 403, 403, 200, 200, 403)));
        rows.add(new Row("GET", "/api/v1/partnerships", () -> "/api/v1/partnerships", null, e(401, 200, 200, 200, 200, 200, 200)));
        rows.add(new Row("GET", "/api/v1/indicators", () -> "/api/v1/indicators", null, e(401, 200, 200, 200, 200, 200, 200)));
        rows.add(new Row("GET", "/api/v1/rules", () -> "/api/v1/rules", null, e(401, 403, 403, 403, 403, 403, 200)));
        rows.add(new Row("POST", "/api/v1/rules/reload", () -> "/api/v1/rules/reload", null, e(401, 403, 403, 403, 403, 403, 200)));
        rows.add(new Row("GET", "/actuator/health", () -> "/actuator/health", null, e(200, 200, 200, 200, 200, 200, 200)));
        rows.add(new Row("GET", "/v3/api-docs", () -> "/v3/api-docs", null, e(200, 200, 200, 200, 200, 200, 200)));
        rows.add(new Row("HEAD", "/actuator/health", () -> "/actuator/health", null, e(200, 200, 200, 200, 200, 200, 200)));
        // Deny by default: HEAD and OPTIONS are allowed nowhere else, so a GET-only role rule cannot be
        // passed by another method (HEAD once answered 200 with the auditor's Content-Length).
        List<Row> others = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Row r : rows) {
            if (seen.add(r.pattern()) && !r.pattern().equals("/actuator/health")) {
                for (String method : new String[] {"HEAD", "OPTIONS"}) {
                    others.add(new Row(method, r.pattern(), r.path(), null, e(401, 403, 403, 403, 403, 403, 403)));
                }
            }
        }
        others.add(new Row("OPTIONS", "/actuator/health", () -> "/actuator/health", null, e(401, 403, 403, 403, 403, 403, 403)));
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            others.add(new Row(method, "/api/v1/decisions/{id}", () -> "/api/v1/decisions/" + devonThreshold, null, e(401, 403, 403, 403, 403, 403, 403)));
        }
        rows.addAll(others);
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRoleAndPartnership() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : table()) {
            for (int u = 0; u < USERS.length; u++) {
                String user = USERS[u];
                int expected = row.expected()[u];
                tests.add(DynamicTest.dynamicTest(row.method() + " " + row.pattern() + " as " + (user == null ? "anonymous" : user) + " -> " + expected, () -> {
                    Http.Response r = new Http(port, user).send(row.method(), row.path().get(), row.body());
                    assertThat(r.status()).as("%s %s as %s: %s", row.method(), row.path().get(), user, r.body()).isEqualTo(expected);
                    if (expected >= 400 && row.pattern().startsWith("/api/")) {
                        assertThat(r.contentType()).as("error body").startsWith("application/problem+json");
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void theTableCoversEveryEndpointTheServiceExposes() {
        Set<String> covered = new TreeSet<>();
        table().forEach(r -> covered.add(r.method() + " " + r.pattern()));
        Set<String> exposed = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(p -> {
            Set<?> methods = info.getMethodsCondition().getMethods();
            methods.forEach(m -> exposed.add(m + " " + p));
        }));
        exposed.removeIf(e -> e.contains("/error") || e.contains("/v3/api-docs"));
        exposed.removeIf(e -> !e.contains("/api/"));
        assertThat(covered).containsAll(exposed);
    }

    /** The ids in a user's list, each item checked; the lists are asserted non-empty, so the checks cannot pass vacuously. */
    private Map<String, tools.jackson.databind.JsonNode> listed(String user) {
        Map<String, tools.jackson.databind.JsonNode> seen = new LinkedHashMap<>();
        // every page, oldest first: the store may hold earlier runs' decisions too
        for (int page = 0; page < 1000; page++) {
            Http.Response r = new Http(port, user).get("/api/v1/decisions?size=500&page=" + page);
            assertThat(r.status()).isEqualTo(200);
            if (r.json().get("items").isEmpty()) {
                break;
            }
            r.json().get("items").forEach(i -> seen.put(i.get("id").asString(), i));
        }
        assertThat(seen).as("the list of %s", user).isNotEmpty();
        return seen;
    }

    @Test
    void aPractitionersListShowsOnlyTheirOwnDecisions() {
        Map<String, tools.jackson.databind.JsonNode> practitioner = listed("devon-practitioner");
        assertThat(practitioner).containsKey(devonThreshold).doesNotContainKey(torbayThreshold);
        practitioner.values().forEach(i -> assertThat(i.get("requestedBy").asString()).isEqualTo("devon-practitioner"));
        Map<String, tools.jackson.databind.JsonNode> auditor = listed("torbay-auditor");
        assertThat(auditor).containsKey(torbayThreshold).doesNotContainKey(devonThreshold);
        auditor.values().forEach(i -> assertThat(i.get("partnership").asString()).isEqualTo("torbay"));
        Map<String, tools.jackson.databind.JsonNode> reviewer = listed("devon-reviewer");
        assertThat(reviewer).containsKeys(devonReview, devonNotification).doesNotContainKey(devonThreshold);
        reviewer.values().forEach(i -> assertThat(i.get("type").asString()).isIn("review", "notification"));
    }

    @Test
    void aUserWithRolesInTwoPartnershipsSeesTheirOwnDecisionsAndTheirAuditedOnes() {
        String own = new Http(port, "devon-auditor-torbay-practitioner").post("/api/v1/threshold-assessments", threshold("torbay")).json()
                .get("decisionId").asString();
        Map<String, tools.jackson.databind.JsonNode> seen = listed("devon-auditor-torbay-practitioner");
        assertThat(seen).containsKeys(own, devonThreshold, devonReview).doesNotContainKey(torbayThreshold);
        seen.values().forEach(i -> assertThat(i.get("partnership").asString().equals("devon")
                || i.get("requestedBy").asString().equals("devon-auditor-torbay-practitioner") && i.get("type").asString().equals("thresholds"))
                .as(i.toString()).isTrue());
    }

    @Test
    void anAuditorExportsOnlyTheirPartnership() throws Exception {
        String csv = new Http(port, "torbay-auditor").get("/api/v1/decisions/export?format=csv").body();
        List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().get()
                .parse(new java.io.StringReader(csv)).getRecords();
        assertThat(records).extracting(r -> r.get("id")).contains(torbayThreshold).doesNotContain(devonThreshold);
        records.forEach(r -> assertThat(r.get("partnership")).isEqualTo("torbay"));
    }
}
