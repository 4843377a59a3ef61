package uk.childsafeguarding.decisions.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.childsafeguarding.decisions.Http;
import uk.childsafeguarding.decisions.ServiceTest;
import uk.childsafeguarding.decisions.TestAccounts;

/** What a hostile client tried against the running service (issue 13): each answer is refused, complete, or problem+json. */
@ServiceTest
class HostileRequestTests {

    @LocalServerPort
    int port;

    /** A browser session for a test account, signed in through the login form: the session cookie only. */
    private String signInWithTheForm(String user) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        String form = "username=" + user + "&password=" + URLEncoder.encode(TestAccounts.password(user), StandardCharsets.UTF_8) + "&_csrf="
                + token.group(1);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String session = signedIn.headers().firstValue("Set-Cookie").orElse(cookie);
        assertThat(session).as("the session cookie").contains("SameSite=Lax");
        return session.split(";")[0];
    }

    private static int post(int port, String path, String cookie, String contentType) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(contentType == null ? "" : "{}"));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void aStateChangingCallWithOnlyASessionCookieNeedsCsrfOrJson() throws Exception {
        String session = signInWithTheForm("rules-admin");
        assertThat(post(port, "/api/v1/rules/reload", session, null)).as("a cross-site form post with the session cookie").isEqualTo(403);
        assertThat(post(port, "/api/v1/rules/reload", session, "text/plain")).isEqualTo(403);
        assertThat(post(port, "/api/v1/rules/reload", session, "application/json")).as("JSON needs a CORS preflight, which is refused").isEqualTo(200);
    }

    @Test
    void pagesSignedInWithHttpBasicArriveWhole() {
        for (String page : new String[] {"/rules", "/audit", "/thresholds/new", "/"}) {
            Http.Response r = new Http(port).send("GET", page, null);
            assertThat(r.status()).as(page).isEqualTo(200);
            assertThat(r.body().strip()).as(page).endsWith("</html>");
        }
    }

    @Test
    void healthShowsOnlyItsStatusToAnonymousCallersAndDetailsWhenSignedIn() {
        Http.Response anonymous = Http.anonymous(port).get("/actuator/health");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.body()).doesNotContain("path", "free", "SQLite", "components", "details");
        Http.Response signedIn = new Http(port, "devon-practitioner").get("/actuator/health");
        assertThat(signedIn.body()).contains("ruleSet", "details");
    }

    @Test
    void aForeignHostHeaderIsNotEchoedIntoTheLoginRedirect() {
        String answer = Http.raw(port, "GET /audit HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 302");
        assertThat(answer).containsPattern("(?i)location: /login").doesNotContain("evil.example");
    }

    @Test
    void requestsRefusedBeforeTheyReachTheApplicationAreProblemJson() {
        String[] requests = {
            "GET /api/v1/decisions%2Fx HTTP/1.1",
            "GET /api/v1/decisions%00 HTTP/1.1",
            "GET /api/v1/partnerships;x=y HTTP/1.1",
            "TRACE /api/v1/partnerships HTTP/1.1",
        };
        for (String line : requests) {
            String answer = Http.raw(port, line + "\r\nHost: localhost\r\nAuthorization: " + Http.basic("tester") + "\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(line).matches("(?s)HTTP/1.1 4\\d\\d.*");
            assertThat(answer).as(line).containsPattern("(?i)content-type: application/problem\\+json").doesNotContain("<html", "timestamp");
        }
    }

    @Test
    void aPageNumberBeyondWhatCanBeListedIsRefused() {
        Http.Response r = new Http(port).get("/api/v1/decisions?page=2147483647");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("\"page\"");
        Http.Response past = new Http(port).get("/api/v1/decisions?page=100000&size=500");
        assertThat(past.status()).isEqualTo(200);
        assertThat(past.json().get("items").size()).as("a page past the end is empty, not page 0 again").isZero();
    }
}
