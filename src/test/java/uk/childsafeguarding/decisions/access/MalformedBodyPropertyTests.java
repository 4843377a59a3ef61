package uk.childsafeguarding.decisions.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import uk.childsafeguarding.decisions.Application;
import uk.childsafeguarding.decisions.Http;
import uk.childsafeguarding.decisions.TestAccounts;
import uk.childsafeguarding.decisions.audit.AuditStore;
import uk.childsafeguarding.decisions.audit.RecordFilter;

/**
 * Random and malformed bodies thrown at every endpoint that takes one, against the running service:
 * never a 5xx, every rejection is problem+json, and nothing is stored for a rejected request.
 */
class MalformedBodyPropertyTests {

    private static ConfigurableApplicationContext context;
    private static Http http;
    private static AuditStore store;

    static final List<String> ENDPOINTS = List.of("/api/v1/threshold-assessments", "/api/v1/notification-assessments", "/api/v1/review-assessments",
            "/api/v1/replays", "/api/v1/decisions/01ZZZZZZZZZZZZZZZZZZZZZZZZ/replay", "/api/v1/decisions/01ZZZZZZZZZZZZZZZZZZZZZZZZ/outcome");

    @BeforeContainer
    static void start() {
        TestAccounts.ensureWritten();
        context = SpringApplication.run(Application.class, "--server.port=0", "--safeguarding.rules.path=rules",
                "--safeguarding.rules.cache-dir=target/rule-cache", "--safeguarding.audit.url=jdbc:sqlite:target/audit-properties/decisions.db",
                "--safeguarding.audit.case-reference-key-file=target/audit-properties/key", "--safeguarding.security.accounts-file=" + TestAccounts.FILE,
                "--spring.main.banner-mode=off");
        http = new Http(((WebServerApplicationContext) context).getWebServer().getPort());
        store = context.getBean(AuditStore.class);
    }

    @AfterContainer
    static void stop() {
        context.close();
    }

    @Provide
    Arbitrary<String> endpoints() {
        return Arbitraries.of(ENDPOINTS);
    }

    /** Plain text, broken JSON, JSON of the wrong shape, and valid requests with one field replaced by junk. */
    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> junkValue = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40).map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""),
                Arbitraries.integers().map(String::valueOf), Arbitraries.doubles().map(String::valueOf),
                Arbitraries.of("null", "true", "false", "[]", "{}", "[1,\"a\",null]", "{\"x\":{\"y\":[]}}", "-0", "1e999", "\"2026-02-30\"", "\"\""));
        Arbitrary<String> field = Arbitraries.of("partnership", "area", "asAt", "caseReference", "reporter", "child", "indicators", "circumstances",
                "strengths", "incident", "case", "dates", "criteria", "partnerViews", "against", "from", "to", "agreed", "finalLevel", "reason", "zzz");
        Arbitrary<String> mutated = Combinators.combine(Arbitraries.of(RoleByEndpointTests.threshold("devon"), RoleByEndpointTests.NOTIFICATION,
                RoleByEndpointTests.REVIEW, RoleByEndpointTests.IMPACT), field, junkValue)
                .as((valid, f, v) -> valid.replaceFirst("\\{", "{\"" + f + "\":" + v + ","));
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(200);
        Arbitrary<String> truncated = Arbitraries.of(RoleByEndpointTests.threshold("devon"), RoleByEndpointTests.REVIEW)
                .flatMap(s -> Arbitraries.integers().between(0, s.length() - 1).map(n -> s.substring(0, n)));
        Arbitrary<String> nested = Arbitraries.integers().between(1, 3000).map(n -> "[".repeat(n) + "]".repeat(n));
        return Arbitraries.oneOf(mutated, mutated, text, truncated, nested, junkValue);
    }

    @Property(tries = 300)
    void noBodyCausesAServerErrorAndEveryRejectionIsProblemJsonWithNothingStored(@ForAll("endpoints") String endpoint, @ForAll("bodies") String body) {
        long before = store.count(RecordFilter.ALL);
        Http.Response r = http.post(endpoint, body);
        assertThat(r.status()).as("%s <- %s: %s", endpoint, body, r.body()).isLessThan(500);
        if (r.status() >= 400) {
            assertThat(r.contentType()).as("rejection of %s", body).startsWith("application/problem+json");
            assertThat(store.count(RecordFilter.ALL)).as("records after a rejected request").isEqualTo(before);
        }
    }
}
