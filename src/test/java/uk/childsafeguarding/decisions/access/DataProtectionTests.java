package uk.childsafeguarding.decisions.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.childsafeguarding.decisions.Http;
import uk.childsafeguarding.decisions.ServiceTest;

/** Direct identifiers are refused, request bodies never reach the logs, and responses carry security headers. */
@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
class DataProtectionTests {

    @LocalServerPort
    int port;

    private static String withStrength(String strength) {
        return "{\"partnership\":\"devon\",\"asAt\":\"2026-11-20\",\"reporter\":{\"role\":\"EDUCATION\"},\"child\":{\"ageMonths\":100},"
                + "\"indicators\":[\"LOW_INCOME\"],\"strengths\":[\"" + strength + "\"]}";
    }

    @Test
    void refusesDirectIdentifiersInFreeTextAndSaysWhich() {
        Http http = new Http(port);
        String[][] cases = {
            {"NHS number 943 476 5919 on file", "an NHS number"},
            {"Mum can be reached at parent@example.org", "an email address"},
            {"Lives near PL1 2AA with grandmother", "a UK postcode"},
            {"Born 03/07/2015, attends school", "a full date"},
            {"Birthday 3 July 2015", "a full date"},
        };
        for (String[] c : cases) {
            Http.Response r = http.post("/api/v1/threshold-assessments", withStrength(c[0]));
            assertThat(r.status()).as(c[0]).isEqualTo(400);
            assertThat(r.json().at("/errors/0/field").asString()).isEqualTo("strengths[0]");
            assertThat(r.json().at("/errors/0/message").asString()).contains(c[1]);
            assertThat(r.body()).as("the identifier is not echoed back").doesNotContain(c[0]);
        }
        assertThat(http.post("/api/v1/threshold-assessments", withStrength("Grandmother provides daily care; 10 sessions in 2025")).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/threshold-assessments", withStrength("Reference 1234567890 is not a valid NHS number")).status()).isEqualTo(200);
        Http.Response ref = http.post("/api/v1/threshold-assessments", withStrength("ok").replace("\"asAt\"", "\"caseReference\":\"9434765919\",\"asAt\""));
        assertThat(ref.status()).isEqualTo(400);
        assertThat(ref.body()).contains("caseReference", "NHS number");
    }

    @Test
    void requestBodiesNeverAppearInTheLogs(CapturedOutput output) {
        String marker = "Marker strength " + System.nanoTime();
        new Http(port).post("/api/v1/threshold-assessments", withStrength(marker));
        new Http(port).post("/api/v1/threshold-assessments", withStrength(marker).replace("LOW_INCOME", "NOT_A_CODE"));
        new Http(port).post("/api/v1/threshold-assessments", "{\"broken\": \"" + marker);
        assertThat(output.getAll()).doesNotContain(marker);
    }

    @Test
    void aBrowserFormPostedWithoutItsCsrfTokenIsRefused() {
        Http.Response r = new Http(port, "devon-practitioner").post("/thresholds", "partnership=devon&reporterRole=EDUCATION&ageMonths=100",
                "application/x-www-form-urlencoded");
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void responsesCarrySecurityHeaders() {
        Http.Response r = new Http(port).get("/api/v1/partnerships");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(r.header("Cache-Control")).contains("no-store");
    }

    @Test
    void wrongPasswordsAndAnonymousCallsAreRefusedAsProblemJson() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var wrong = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/partnerships"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("devon-auditor:not-the-password".getBytes())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        Http.Response anonymous = Http.anonymous(port).get("/api/v1/partnerships");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(new Http(port, "devon-auditor").get("/api/v1/partnerships").status()).isEqualTo(200);
    }
}
