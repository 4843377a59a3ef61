package uk.childsafeguarding.decisions.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import uk.childsafeguarding.decisions.Application;
import uk.childsafeguarding.decisions.Http;
import uk.childsafeguarding.decisions.TestAccounts;

/**
 * Three instances of the whole service (three application contexts, each with its own web server,
 * writer thread and pools) on one real PostgreSQL database: concurrent writes to all three give no
 * errors, every acknowledged decision is stored, and there is one valid chain; a rule set reload on
 * one instance is served by all three; an impact job started on one can be polled on the others.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralInstancesTests {

    static final int INSTANCES = 3;
    static final int CLIENTS_PER_INSTANCE = 4;
    static final int REQUESTS_PER_CLIENT = 40;

    private EmbeddedPostgres postgres;
    private Path folder;
    private Path rules;
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();

    @BeforeAll
    void startThreeInstances() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        String url = PostgresAuditStoreTests.freshDatabase(postgres);
        folder = Files.createTempDirectory("several-instances");
        rules = folder.resolve("rules");
        copy(Path.of("rules"), rules);
        for (int i = 0; i < INSTANCES; i++) {
            ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class).initializers(new TestAccounts()).run(
                    "--server.port=0", "--spring.jmx.enabled=false",
                    // the first instance reads a copy of the rules that the reload test changes; the others the repository's
                    "--safeguarding.rules.path=" + (i == 0 ? rules : "rules"), "--safeguarding.rules.cache-dir=target/rule-cache",
                    "--safeguarding.rules.follow-interval=1s",
                    "--safeguarding.audit.url=" + url, "--safeguarding.audit.case-reference-key=test-key-not-a-secret",
                    // one signing key for all instances (as in production); each keeps its own outside copy of the checkpoints it signs
                    "--safeguarding.audit.signing-key-file=" + folder.resolve("audit-signing.key"),
                    "--safeguarding.audit.checkpoint-file=" + folder.resolve("checkpoints-" + i + ".jsonl"),
                    "--safeguarding.security.accounts-file=" + TestAccounts.FILE);
            instances.add(ctx);
            ports.add(Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port")));
        }
    }

    @AfterAll
    void stop() throws Exception {
        for (ConfigurableApplicationContext ctx : instances) {
            ctx.close();
        }
        postgres.close();
    }

    private static final String BODY = "{\"partnership\":\"devon\",\"asAt\":\"2026-11-20\",\"reporter\":{\"role\":\"EDUCATION\"},"
            + "\"child\":{\"ageMonths\":100},\"indicators\":[\"EDUCATION_ATTENDANCE_DIPPING\",\"DEVELOPMENT_DELAY\",\"LOW_INCOME\"],\"circumstances\":{\"consent\":\"GIVEN\"}}";

    @Test
    @Order(1)
    void concurrentWritesOnThreeInstancesGiveNoErrorsLoseNothingAndKeepOneChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES * CLIENTS_PER_INSTANCE);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            int port = ports.get(i);
            for (int c = 0; c < CLIENTS_PER_INSTANCE; c++) {
                clients.add(pool.submit(() -> {
                    Http http = new Http(port, "tester");
                    start.await();
                    for (int n = 0; n < REQUESTS_PER_CLIENT; n++) {
                        Http.Response r = http.post("/api/v1/threshold-assessments", BODY);
                        if (r.status() == 200) {
                            acknowledged.add(r.json().get("decisionId").asString());
                        } else {
                            errors.add(port + ": " + r.status() + " " + r.body());
                        }
                    }
                    return null;
                }));
            }
        }
        start.countDown();
        for (Future<?> f : clients) {
            f.get(180, TimeUnit.SECONDS);
        }
        pool.shutdown();
        int total = INSTANCES * CLIENTS_PER_INSTANCE * REQUESTS_PER_CLIENT;
        assertThat(errors).as("failed requests").isEmpty();
        assertThat(acknowledged).hasSize(total).doesNotHaveDuplicates();

        // every acknowledged decision is stored, and readable from every instance
        Set<String> stored = ConcurrentHashMap.newKeySet();
        AuditStore store = instances.get(0).getBean(AuditStore.class);
        store.forEachInChain(r -> stored.add(r.id()));
        assertThat(stored).containsAll(acknowledged);
        for (int port : ports) {
            String any = acknowledged.peek();
            assertThat(new Http(port, "tester").get("/api/v1/decisions/" + any).status()).isEqualTo(200);
        }
        // each instance wrote part of the chain: every one signed checkpoints
        for (int i = 0; i < INSTANCES; i++) {
            assertThat(CheckpointFile.read(folder.resolve("checkpoints-" + i + ".jsonl"))).as("checkpoints signed by instance %d", i).isNotEmpty();
        }
        // one chain, valid, as every instance sees it, and as an outside auditor sees it with every instance's checkpoint file
        for (int port : ports) {
            JsonNode v = new Http(port, "tester").get("/api/v1/audit/verification").json();
            assertThat(v.get("valid").asBoolean()).as(v.toString()).isTrue();
            assertThat(v.get("records").asLong()).isEqualTo(total);
        }
        JsonNode offline = OfflineVerification.run(new Http(ports.get(1), "tester"), Http.anonymous(ports.get(2)), folder.resolve("auditor"),
                folder.resolve("checkpoints-0.jsonl"), folder.resolve("checkpoints-1.jsonl"), folder.resolve("checkpoints-2.jsonl"));
        assertThat(offline.get("valid").asBoolean()).as(offline.toString()).isTrue();
        assertThat(offline.get("records").asLong()).isEqualTo(total);
    }

    @Test
    @Order(2)
    void aReloadOnOneInstanceIsServedByAllThreeWithinSeconds() throws Exception {
        String before = new Http(ports.get(0), "tester").post("/api/v1/threshold-assessments", BODY).header("X-Rule-Set-Version");
        Path params = rules.resolve("thresholds/parameters.yaml");
        String original = Files.readString(params);
        String changedText = original.replace("cumulative.level2Indicators:\n    - {from: 2018-06-29, value: 3",
                "cumulative.level2Indicators:\n    - {from: 2018-06-29, value: 4");
        assertThat(changedText).isNotEqualTo(original);
        Files.writeString(params, changedText);
        Http.Response reload = new Http(ports.get(0), "tester").post("/api/v1/rules/reload", "");
        assertThat(reload.status()).as(reload.body()).isEqualTo(200);
        String after = reload.json().get("version").asString();
        assertThat(after).isNotEqualTo(before);

        for (int port : ports) {
            Http http = new Http(port, "tester");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            Http.Response r;
            do {
                r = http.post("/api/v1/threshold-assessments", BODY);
                assertThat(r.status()).isEqualTo(200);
                if (after.equals(r.header("X-Rule-Set-Version"))) {
                    break;
                }
                Thread.sleep(200);
            } while (System.nanoTime() < deadline);
            assertThat(r.header("X-Rule-Set-Version")).as("the rule set version served on port %d", port).isEqualTo(after);
            // the answer is the changed rule set's: three early-help needs are now level 2, not 3
            assertThat(r.json().get("level").get("number").asInt()).isEqualTo(2);
            assertThat(http.get("/api/v1/decisions/" + r.json().get("decisionId").asString()).json().get("ruleSetVersion").asString()).isEqualTo(after);
        }
    }

    @Test
    @Order(3)
    void anImpactJobStartedOnOneInstanceCanBePolledOnTheOthers() throws Exception {
        Http.Response started = new Http(ports.get(1), "tester").post("/api/v1/replays",
                "{\"from\":\"2026-11-20\",\"to\":\"2026-11-20\",\"against\":\"CURRENT\",\"waitSeconds\":0}");
        assertThat(started.status()).isIn(200, 202);
        String location = started.header("Location");
        String jobId = started.json().get("jobId").asString();
        for (int i : new int[] {0, 2}) {
            Http http = new Http(ports.get(i), "tester");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            JsonNode job;
            do {
                Http.Response r = http.get(location);
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                job = r.json();
                assertThat(job.get("jobId").asString()).isEqualTo(jobId);
                if (!job.get("status").asString().equals("RUNNING")) {
                    break;
                }
                Thread.sleep(250);
            } while (System.nanoTime() < deadline);
            assertThat(job.get("status").asString()).isEqualTo("DONE");
            assertThat(job.get("total").asLong()).isPositive();
            assertThat(job.get("processed").asLong()).isEqualTo(job.get("total").asLong());
            // the decisions made under the old count now give level 2: the job says so on every instance
            assertThat(job.get("outcomeChanges").get("level 3 -> level 2").asLong()).isPositive();
            // someone else's job is not found on any instance
            assertThat(new Http(ports.get(i), "devon-auditor").get(location).status()).isEqualTo(404);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
