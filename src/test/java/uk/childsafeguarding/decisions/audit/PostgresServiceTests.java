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
class PostgresServiceTests {

    private static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void postgresUrl(DynamicPropertyRegistry registry) throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        String url = PostgresAuditStoreTests.freshDatabase(postgres);
        registry.add("safeguarding.audit.url", () -> url);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @LocalServerPort
    int port;

    @Test
    void storesReplaysAndVerifiesDecisionsInPostgres() {
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
    }
}
