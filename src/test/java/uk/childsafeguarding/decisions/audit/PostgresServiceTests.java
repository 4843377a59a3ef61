package uk.childsafeguarding.decisions.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import uk.childsafeguarding.decisions.Http;

/** The whole service on real PostgreSQL, configured by the one documented setting (safeguarding.audit.url). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"safeguarding.rules.path=rules", "safeguarding.rules.cache-dir=target/rule-cache",
                "safeguarding.audit.case-reference-key=test-key-not-a-secret", "safeguarding.security.accounts-file=target/test-accounts.yaml"})
@org.springframework.test.context.ContextConfiguration(initializers = uk.childsafeguarding.decisions.TestAccounts.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class PostgresServiceTests {

    private static EmbeddedPostgres postgres;
    private static String url;

    @DynamicPropertySource
    static void postgresUrl(DynamicPropertyRegistry registry) throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        url = PostgresAuditStoreTests.freshDatabase(postgres);
        registry.add("safeguarding.audit.url", () -> url);
        // a fresh database needs a fresh outside copy of its checkpoints; the key is the embedded-default kind
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("pg-service");
        registry.add("safeguarding.audit.signing-key-file", () -> folder.resolve("audit-signing.key").toString());
        registry.add("safeguarding.audit.checkpoint-file", () -> folder.resolve("checkpoints.jsonl").toString());
        PostgresServiceTests.folder = folder;
    }

    private static java.nio.file.Path folder;

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @LocalServerPort
    int port;

    @Test
    @org.junit.jupiter.api.Order(1)
    void storesReplaysAndVerifiesDecisionsInPostgres() throws Exception {
        Http http = new Http(port);
        Http.Response threshold = http.post("/api/v1/threshold-assessments", "{\"partnership\":\"derby-derbyshire\",\"area\":\"derbyshire\","
                + "\"asAt\":\"2026-11-20\",\"reporter\":{\"role\":\"EDUCATION\"},\"child\":{\"ageMonths\":4,\"independentlyMobile\":false},"
                + "\"indicators\":[\"INJURY_NON_MOBILE_CHILD\"]}");
        assertThat(threshold.status()).isEqualTo(200);
        Http.Response notification = http.post("/api/v1/notification-assessments", "{\"partnership\":\"devon\",\"asAt\":\"2026-11-20\","
                + "\"child\":{\"ageYears\":3},\"incident\":{\"outcome\":\"SERIOUSLY_HARMED\",\"abuseOrNeglect\":\"SUSPECTED\",\"location\":\"IN_AREA\","
                + "\"incidentDate\":\"2026-11-02\",\"localAuthorityAwareDate\":\"2026-11-03\"}}");
        assertThat(notification.status()).isEqualTo(200);
        String id = threshold.json().get("decisionId").asString();
        JsonNode stored = http.get("/api/v1/decisions/" + id).json();
        assertThat(stored.get("response")).isEqualTo(threshold.json());
        assertThat(http.post("/api/v1/decisions/" + id + "/replay", "{\"against\":\"ORIGINAL\"}").json().get("status").asString()).isEqualTo("REPRODUCED");
        JsonNode verification = http.get("/api/v1/audit/verification").json();
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("records").asLong()).isEqualTo(2);
        assertThat(verification.get("latestCheckpoint").get("size").asLong()).isEqualTo(2);

        JsonNode offline = OfflineVerification.run(http, Http.anonymous(port), folder.resolve("auditor"));
        assertThat(offline.get("valid").asBoolean()).isTrue();
        assertThat(offline.get("records").asLong()).isEqualTo(2);
        assertThat(offline.get("latestCheckpoint")).isEqualTo(verification.get("latestCheckpoint"));
    }

    /**
     * A database administrator removes the newest record (and its checkpoint, having found the
     * table): the service names the truncation from the file outside the database, and so does the
     * offline verifier given that file.
     */
    @Test
    @org.junit.jupiter.api.Order(2)
    void namesATruncationByADatabaseAdministrator() throws Exception {
        Http http = new Http(port);
        for (int i = 0; i < 3; i++) {
            assertThat(http.post("/api/v1/notification-assessments", "{\"partnership\":\"devon\",\"asAt\":\"2026-11-20\","
                    + "\"child\":{\"ageYears\":3},\"incident\":{\"outcome\":\"SERIOUSLY_HARMED\",\"abuseOrNeglect\":\"SUSPECTED\",\"location\":\"IN_AREA\","
                    + "\"incidentDate\":\"2026-11-02\",\"localAuthorityAwareDate\":\"2026-11-03\"}}").status()).isEqualTo(200);
        }
        long records = http.get("/api/v1/audit/verification").json().get("records").asLong();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url); java.sql.Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER decision_records_no_change ON decision_records");
            s.execute("DROP TRIGGER audit_checkpoints_no_change ON audit_checkpoints");
            s.execute("DELETE FROM decision_records WHERE seq = " + records);
            s.execute("DELETE FROM audit_checkpoints WHERE size = " + records);
        }
        JsonNode v = http.get("/api/v1/audit/verification").json();
        assertThat(v.get("valid").asBoolean()).isFalse();
        assertThat(v.get("firstInvalidRecord").get("seq").asLong()).isEqualTo(records);
        assertThat(v.get("firstInvalidRecord").get("problem").asString()).startsWith("truncated");
        JsonNode offline = OfflineVerification.run(http, Http.anonymous(port), folder.resolve("auditor-after"), folder.resolve("checkpoints.jsonl"));
        assertThat(offline.get("valid").asBoolean()).isFalse();
        assertThat(offline.get("firstInvalidRecord")).isEqualTo(v.get("firstInvalidRecord"));
    }
}
