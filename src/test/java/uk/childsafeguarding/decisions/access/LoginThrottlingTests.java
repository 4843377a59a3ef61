package uk.childsafeguarding.decisions.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import uk.childsafeguarding.decisions.TestAccounts;

/**
 * Password guessing is slowed per account and per client address: after a few wrong passwords the
 * account (or address) is refused for a short lockout, even with the right password, then works
 * again. Its own service (lockout shortened to 2 seconds) so the shared one's accounts stay usable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"safeguarding.rules.path=rules", "safeguarding.rules.cache-dir=target/rule-cache",
                "safeguarding.audit.url=jdbc:sqlite:target/audit-throttle/decisions.db", "safeguarding.audit.case-reference-key-file=target/audit-throttle/key",
                "safeguarding.security.accounts-file=target/test-accounts.yaml", "safeguarding.security.login.lockout=PT2S",
                "safeguarding.security.login.max-failures-per-account=5", "safeguarding.security.login.max-failures-per-address=30"})
@ContextConfiguration(initializers = TestAccounts.class)
@ExtendWith(OutputCaptureExtension.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class LoginThrottlingTests {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> basic(String user, String password) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/partnerships"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void wrongBasicPasswordsLockTheAccountBrieflyWithA429AndNoPasswordInTheLog(CapturedOutput output) throws Exception {
        String wrong = "wrong-guess-" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertThat(basic("devon-auditor", wrong + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = basic("devon-auditor", TestAccounts.password("devon-auditor"));
        assertThat(locked.statusCode()).as("the right password during the lockout").isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After").map(Integer::parseInt).orElseThrow()).isBetween(1, 2);
        assertThat(locked.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(locked.body()).contains("\"status\":429");
        assertThat(basic("devon-reviewer", TestAccounts.password("devon-reviewer")).statusCode()).as("another account").isEqualTo(200);
        assertThat(output.getAll()).contains("devon-auditor").doesNotContain(wrong).doesNotContain(TestAccounts.password("devon-auditor"));
        Thread.sleep(2_100);
        assertThat(basic("devon-auditor", TestAccounts.password("devon-auditor")).statusCode()).as("after the lockout").isEqualTo(200);
    }

    @Test
    @org.junit.jupiter.api.Order(3) // last: while the address is locked, every sign-in from it is refused
    void wrongPasswordsForManyAccountsFromOneAddressLockThatAddressBriefly() throws Exception {
        int status = 0;
        for (int i = 0; i <= 30 && status != 429; i++) {
            status = basic("nobody-" + i, "guess").statusCode();
        }
        assertThat(status).isEqualTo(429);
        assertThat(basic("torbay-auditor", TestAccounts.password("torbay-auditor")).statusCode()).isEqualTo(429);
        Thread.sleep(2_100);
        assertThat(basic("torbay-auditor", TestAccounts.password("torbay-auditor")).statusCode()).isEqualTo(200);
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void wrongFormPasswordsShowTheFormsErrorEvenForTheRightPassword() throws Exception {
        assertThat(formSignIn("torbay-practitioner", "not-it")).endsWith("/login?error");
        for (int i = 0; i < 4; i++) {
            formSignIn("torbay-practitioner", "not-it-" + i);
        }
        assertThat(formSignIn("torbay-practitioner", TestAccounts.password("torbay-practitioner"))).as("during the lockout").endsWith("/login?error");
        Thread.sleep(2_100);
        assertThat(formSignIn("torbay-practitioner", TestAccounts.password("torbay-practitioner"))).doesNotContain("error");
    }

    /** Signs in through the login form; where it redirects to. */
    private String formSignIn(String user, String password) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        String form = "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        return r.headers().firstValue("Location").orElseThrow();
    }
}
