package uk.childsafeguarding.decisions.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import uk.childsafeguarding.decisions.Http;

/**
 * What an outside auditor does: download the chain, the checkpoints and the public key over HTTP,
 * then run the verifier in a separate JVM through the application's own entry point (the one
 * {@code java -jar ... verify} runs), with no database and no service.
 */
final class OfflineVerification {

    private OfflineVerification() {
    }

    /** The verifier's JSON report; its "valid" agrees with the exit status. */
    static JsonNode run(Http auditor, Http anonymous, Path folder, Path... moreCheckpointFiles) throws Exception {
        Files.createDirectories(folder);
        Path chain = folder.resolve("chain.jsonl");
        Path checkpoints = folder.resolve("checkpoints.jsonl");
        Path key = folder.resolve("audit.pem");
        Http.Response c = auditor.get("/api/v1/audit/chain");
        assertThat(c.status()).as(c.body()).isEqualTo(200);
        Files.writeString(chain, c.body());
        Http.Response k = auditor.get("/api/v1/audit/checkpoints");
        assertThat(k.status()).isEqualTo(200);
        Files.writeString(checkpoints, k.body());
        Http.Response pem = anonymous.get("/api/v1/audit/public-key");
        assertThat(pem.status()).isEqualTo(200);
        assertThat(pem.body()).startsWith("-----BEGIN PUBLIC KEY-----");
        Files.writeString(key, pem.body());
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "uk.childsafeguarding.decisions.Application", "verify",
                "--export", chain.toString(), "--checkpoints", checkpoints.toString(), "--public-key", key.toString()));
        for (Path p : moreCheckpointFiles) {
            command.add("--checkpoints");
            command.add(p.toString());
        }
        Path out = folder.resolve("verify.out");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the verifier finished").isTrue();
        String text = Files.readString(out);
        assertThat(p.exitValue()).as(text).isIn(0, 1);
        JsonNode report = Http.JSON.readTree(text.substring(text.indexOf('{')));
        assertThat(report.get("valid").asBoolean()).as(text).isEqualTo(p.exitValue() == 0);
        return report;
    }
}
