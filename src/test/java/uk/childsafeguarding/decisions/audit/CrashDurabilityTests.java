package uk.childsafeguarding.decisions.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;
import uk.childsafeguarding.decisions.TestAccounts;

/**
 * Kills the service (SIGKILL) while clients are writing, then checks that every decision whose
 * response was received is in the store and the chain is intact: nothing acknowledged is lost.
 */
class CrashDurabilityTests {

    private static final String BODY = "{\"partnership\":\"devon\",\"asAt\":\"2026-11-20\",\"reporter\":{\"role\":\"EDUCATION\"},"
            + "\"child\":{\"ageMonths\":100},\"indicators\":[\"LOW_INCOME\",\"YOUNG_CARER\"],\"circumstances\":{\"consent\":\"GIVEN\"}}";

    @TempDir
    Path dir;

    @Test
    void noAcknowledgedDecisionIsLostWhenTheProcessIsKilledDuringWrites() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path db = dir.resolve("decisions.db");
        Path log = dir.resolve("service.log");
        String authorization = "Basic " + java.util.Base64.getEncoder().encodeToString(("tester:" + TestAccounts.password("tester")).getBytes());
        Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "uk.childsafeguarding.decisions.Application",
                "--server.port=" + port, "--safeguarding.rules.path=rules", "--safeguarding.rules.cache-dir=target/rule-cache",
                "--safeguarding.audit.url=jdbc:sqlite:" + db, "--safeguarding.audit.case-reference-key-file=" + dir.resolve("key"),
                "--safeguarding.security.accounts-file=" + TestAccounts.FILE)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            waitUntilUp(client, port, service, log);
            ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Thread t = new Thread(() -> {
                    JsonMapper json = JsonMapper.builder().build();
                    while (!stop.get()) {
                        try {
                            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/threshold-assessments"))
                                    .header("Content-Type", "application/json").header("Authorization", authorization).POST(HttpRequest.BodyPublishers.ofString(BODY)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 200) {
                                acknowledged.add(json.readTree(r.body()).get("decisionId").asString());
                            }
                        } catch (IOException | InterruptedException e) {
                            return;
                        }
                    }
                });
                t.start();
                clients.add(t);
            }
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (acknowledged.size() < 300 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            service.destroyForcibly().waitFor();
            stop.set(true);
            for (Thread t : clients) {
                t.join(5000);
            }
            assertThat(acknowledged).as("decisions acknowledged before the kill").hasSizeGreaterThan(50);

            try (HikariDataSource ds = AuditConfiguration.AuditDataSources.create("jdbc:sqlite:" + db, null, null)) {
                AuditStore store = new AuditStore(ds);
                for (String id : acknowledged) {
                    assertThat(store.find(id)).as("acknowledged decision %s", id).isPresent();
                }
                ChainVerification v = ChainVerification.of(store, AuditSigningKey.from(null, dir.resolve("audit-signing.key")).publicKey(),
                        new CheckpointFile(dir.resolve("checkpoints.jsonl")));
                assertThat(v.valid()).as("chain after the kill: %s", v).isTrue();
                assertThat(v.records()).isGreaterThanOrEqualTo(acknowledged.size());
            }
        } finally {
            service.destroyForcibly();
        }
    }

    private static void waitUntilUp(HttpClient client, int port, Process service, Path log) throws Exception {
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new AssertionError("the service stopped during start-up:\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not start within 90 s:\n" + Files.readString(log));
    }
}
