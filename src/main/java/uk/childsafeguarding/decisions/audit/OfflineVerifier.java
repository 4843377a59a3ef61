package uk.childsafeguarding.decisions.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Verification without the service, for an outside auditor:
 * {@code java -jar safeguarding-decisions.jar verify --export chain.jsonl --checkpoints checkpoints.jsonl --public-key audit.pem}.
 * The same checks as {@link ChainVerification} (the same class does them), over files: the chain
 * export, any checkpoint files (the export from the service and copies of the file kept outside the
 * database may both be given; --checkpoints repeats) and the public key. Prints the result as JSON;
 * exit status 0 when valid, 1 when not, 2 when the files cannot be read.
 */
public final class OfflineVerifier {

    private OfflineVerifier() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path export = null;
        Path proof = null;
        Path key = null;
        List<Path> checkpointFiles = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (a.contains("=")) {
                value = a.substring(a.indexOf('=') + 1);
                a = a.substring(0, a.indexOf('='));
            } else {
                i++;
            }
            if (value == null) {
                err.println("verify: " + a + " needs a file");
                return 2;
            }
            switch (a) {
                case "--export" -> export = Path.of(value);
                case "--proof" -> proof = Path.of(value);
                case "--checkpoints" -> checkpointFiles.add(Path.of(value));
                case "--public-key" -> key = Path.of(value);
                default -> {
                    err.println("verify: unknown option " + a);
                    return usage(err);
                }
            }
        }
        if (proof != null && key != null) {
            return verifyProof(proof, key, out, err);
        }
        if (export == null || key == null || checkpointFiles.isEmpty()) {
            return usage(err);
        }
        try {
            PublicKey publicKey = AuditSigningKey.publicKeyFrom(Files.readString(key, StandardCharsets.US_ASCII));
            List<Checkpoint> checkpoints = new ArrayList<>();
            for (Path p : checkpointFiles) {
                if (!Files.exists(p)) {
                    err.println("verify: no such file " + p);
                    return 2;
                }
                checkpoints.addAll(CheckpointFile.read(p));
            }
            ChainVerification.Verifier verifier = new ChainVerification.Verifier(publicKey, checkpoints);
            try (BufferedReader in = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isBlank()) {
                        ChainExport.Entry e = ChainExport.parse(line);
                        verifier.accept(e.record(), e.withoutContent());
                    }
                }
            }
            ChainVerification result = verifier.finish(List.of());
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("valid", result.valid());
            report.put("records", result.records());
            report.put("firstInvalidRecord", result.firstInvalidRecord());
            report.put("latestCheckpoint", result.latestCheckpoint());
            report.put("checkpointsChecked", result.checkpointsChecked());
            report.put("recordsCheckedWithoutContent", result.recordsCheckedWithoutContent());
            report.put("recordsTakenOnTrust", result.recordsTakenOnTrust());
            report.put("publicKey", AuditSigningKey.keyIdOf(publicKey));
            out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(report));
            return result.valid() ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            err.println("verify: " + e.getMessage());
            return 2;
        }
    }

    /** One decision's inclusion proof (GET /api/v1/decisions/{id}/proof) against the public key. */
    private static int verifyProof(Path proofFile, Path key, PrintStream out, PrintStream err) {
        try {
            PublicKey publicKey = AuditSigningKey.publicKeyFrom(Files.readString(key, StandardCharsets.US_ASCII));
            JsonMapper json = JsonMapper.builder().build();
            var n = json.readTree(Files.readString(proofFile, StandardCharsets.UTF_8));
            List<String> following = new ArrayList<>();
            n.get("following").forEach(f -> following.add(f.asString()));
            InclusionProof proof = new InclusionProof(n.get("record").asString(), following, Checkpoint.fromJsonLine(n.get("checkpoint").toString()));
            String problem = proof.problem(publicKey);
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("included", problem == null);
            report.put("decision", ChainExport.parse(proof.record()).record().id());
            report.put("seq", ChainExport.parse(proof.record()).record().seq());
            report.put("checkpoint", Map.of("size", proof.checkpoint().size(), "time", proof.checkpoint().time()));
            report.put("problem", problem);
            out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            return problem == null ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            err.println("verify: " + e.getMessage());
            return 2;
        }
    }

    private static int usage(PrintStream err) {
        err.println("usage: java -jar safeguarding-decisions.jar verify --export CHAIN.jsonl --checkpoints CHECKPOINTS.jsonl [--checkpoints MORE.jsonl] --public-key KEY.pem");
        err.println("       java -jar safeguarding-decisions.jar verify --proof PROOF.json --public-key KEY.pem");
        return 2;
    }
}
