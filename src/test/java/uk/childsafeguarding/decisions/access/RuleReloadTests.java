package uk.childsafeguarding.decisions.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.childsafeguarding.decisions.Http;
import uk.childsafeguarding.decisions.TestAccounts;

/** Reloading rules at run time: a rule set that does not compile is rejected with file and line, and the previous one keeps serving. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"safeguarding.rules.cache-dir=target/rule-cache", "safeguarding.audit.url=jdbc:sqlite:target/audit-reload/decisions.db",
                "safeguarding.audit.case-reference-key-file=target/audit-reload/key", "safeguarding.security.accounts-file=target/test-accounts.yaml"})
@ContextConfiguration(initializers = TestAccounts.class)
class RuleReloadTests {

    static Path rules;

    @DynamicPropertySource
    static void rulesCopy(DynamicPropertyRegistry registry) throws IOException {
        rules = uk.childsafeguarding.decisions.RuleSetCopies.copyOfRules(Files.createTempDirectory("rules-reload"));
        registry.add("safeguarding.rules.path", () -> rules.toString());
    }

    @AfterAll
    static void clean() throws IOException {
        try (Stream<Path> walk = Files.walk(rules.getParent())) {
            walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    @LocalServerPort
    int port;

    @Test
    void aBrokenRuleFileIsRejectedWithItsFileAndLineAndTheServiceKeepsServing() throws IOException {
        Http admin = new Http(port, "rules-admin");
        String version = admin.get("/api/v1/rules").json().get("version").asString();

        Path broken = rules.resolve("thresholds/broken.drl");
        Files.writeString(broken, "package thresholds;\n\nrule \"half written\"\nwhen\n    ObservedIndicator( code == )\nthen\nend\n");
        Http.Response rejected = admin.post("/api/v1/rules/reload", "");
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        assertThat(rejected.json().at("/errors/0/message").asString()).contains("thresholds/broken.drl line 5");
        assertThat(admin.get("/api/v1/rules").json().get("version").asString()).isEqualTo(version);
        Http.Response stillServing = new Http(port).post("/api/v1/threshold-assessments", RoleByEndpointTests.threshold("devon"));
        assertThat(stillServing.status()).isEqualTo(200);
        assertThat(stillServing.header("X-Rule-Set-Version")).isEqualTo(version);

        Files.delete(broken);
        Path params = rules.resolve("thresholds/parameters.yaml");
        Files.writeString(params, Files.readString(params) + "\n# reviewed 2026-11-22\n");
        Http.Response reloaded = admin.post("/api/v1/rules/reload", "");
        assertThat(reloaded.status()).isEqualTo(200);
        assertThat(reloaded.json().get("changed").asBoolean()).isTrue();
        String newVersion = reloaded.json().get("version").asString();
        assertThat(new Http(port).post("/api/v1/threshold-assessments", RoleByEndpointTests.threshold("devon")).header("X-Rule-Set-Version"))
                .isEqualTo(newVersion);
    }

    @Test
    void invalidYamlIsRejectedWithItsFileAndLine() throws IOException {
        Http admin = new Http(port, "rules-admin");
        String version = admin.get("/api/v1/rules").json().get("version").asString();
        Path params = rules.resolve("thresholds/parameters.yaml");
        String original = Files.readString(params);
        try {
            Files.writeString(params, "parameters:\n  - id: [unclosed\n    value: 3\n");
            Http.Response rejected = admin.post("/api/v1/rules/reload", "");
            assertThat(rejected.status()).as(rejected.body()).isEqualTo(422);
            assertThat(rejected.contentType()).startsWith("application/problem+json");
            assertThat(rejected.json().at("/errors/0/message").asString()).contains("thresholds/parameters.yaml line ");
            assertThat(admin.get("/api/v1/rules").json().get("version").asString()).isEqualTo(version);
        } finally {
            Files.writeString(params, original);
        }
    }

    @Test
    void aSymbolicLinkInTheRulesDirectoryIsRefused() throws IOException {
        Http admin = new Http(port, "rules-admin");
        Path secret = Files.writeString(Files.createTempFile("outside-rules", ".yaml"), "secret: not a rule\n");
        Path link = rules.resolve("thresholds/linked.yaml");
        Files.createSymbolicLink(link, secret);
        try {
            Http.Response rejected = admin.post("/api/v1/rules/reload", "");
            assertThat(rejected.status()).as(rejected.body()).isEqualTo(422);
            assertThat(rejected.json().at("/errors/0/message").asString()).contains("thresholds/linked.yaml", "symbolic link");
            assertThat(admin.get("/api/v1/rules").json().get("files").toString()).doesNotContain("linked.yaml");
        } finally {
            Files.delete(link);
            Files.delete(secret);
        }
    }
}
