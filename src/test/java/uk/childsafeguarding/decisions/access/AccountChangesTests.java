package uk.childsafeguarding.decisions.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Changes to the accounts file take effect while the service runs, without a restart: a changed
 * password, a removed account and changed grants stop working at once (remembered sign-ins and
 * browser sessions included), and an added account works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"safeguarding.rules.path=rules", "safeguarding.rules.cache-dir=target/rule-cache",
                "safeguarding.audit.url=jdbc:sqlite:target/audit-accounts/decisions.db", "safeguarding.audit.case-reference-key-file=target/audit-accounts/key"})
class AccountChangesTests {

    static Path file;

    @DynamicPropertySource
    static void accounts(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/audit-accounts"));
        file = dir.resolve("accounts.yaml");
        Files.deleteIfExists(file);
        add("kept", "stable staple 2026 A", "PRACTITIONER:devon");
        add("changing", "first battery 2026 B", "PRACTITIONER:devon");
        add("leaving", "gone fishing 2026 D", "PRACTITIONER:devon");
        add("browser", "window pane 2026 F", "AUDITOR:devon");
        registry.add("safeguarding.security.accounts-file", () -> file.toString());
    }

    private static void add(String user, String password, String grant) {
        assertThat(AccountTool.run(new String[] {"add-account", "--username=" + user, "--grant=" + grant, "--accounts-file=" + file},
                password::toCharArray)).isZero();
    }

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private int basic(String user, String password) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/partnerships"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void passwordChangesRemovalsAndNewAccountsTakeEffectWithoutARestart() throws Exception {
        assertThat(basic("changing", "first battery 2026 B")).isEqualTo(200);
        assertThat(basic("leaving", "gone fishing 2026 D")).isEqualTo(200);
        assertThat(basic("arriving", "new arrival 2026 E")).isEqualTo(401);

        add("changing", "second battery 2026 C", "PRACTITIONER:devon");
        assertThat(basic("changing", "first battery 2026 B")).as("the old, remembered password").isEqualTo(401);
        assertThat(basic("changing", "second battery 2026 C")).isEqualTo(200);

        add("arriving", "new arrival 2026 E", "PRACTITIONER:torbay");
        assertThat(basic("arriving", "new arrival 2026 E")).isEqualTo(200);

        String yaml = Files.readString(file);
        int start = yaml.indexOf("- username: leaving");
        int end = yaml.indexOf("- username:", start + 1);
        Files.writeString(file, yaml.substring(0, start) + (end < 0 ? "" : yaml.substring(end)));
        assertThat(basic("leaving", "gone fishing 2026 D")).as("a removed account").isEqualTo(401);
        assertThat(basic("kept", "stable staple 2026 A")).isEqualTo(200);
    }

    @Test
    void aBrowserSessionEndsWhenItsAccountChanges() throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("username=browser&password="
                        + URLEncoder.encode("window pane 2026 F", StandardCharsets.UTF_8) + "&_csrf=" + token.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpRequest audit = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/audit")).header("Cookie", session)
                .header("Accept", "text/html").build();
        assertThat(client.send(audit, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        add("browser", "window pane 2026 F", "PRACTITIONER:devon");
        HttpResponse<String> after = client.send(audit, HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).as("the session signed in before the change").isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
    }
}
