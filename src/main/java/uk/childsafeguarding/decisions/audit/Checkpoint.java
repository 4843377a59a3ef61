package uk.childsafeguarding.decisions.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed statement about the chain, like Certificate Transparency's signed tree head: "the chain
 * held {@code size} records and the last one's hash was {@code head}, at {@code time}, and these
 * rule set versions produced the records since the previous checkpoint". The signature is Ed25519
 * over {@link #statement()}, made with a key the database does not hold, so whoever can write to
 * the database can neither remove signed records nor rewrite them with recomputed hashes unseen.
 * {@code contentHashesFrom} is the first sequence number whose record has a content hash (records
 * before it were written before content hashes existed): signed, so nobody can make a record look
 * older than it is to have it taken on trust by one partnership's auditor.
 */
public record Checkpoint(long size, String head, String time, List<String> ruleSetVersions, long contentHashesFrom, String keyId, String signature) {

    static final String FORMAT = "safeguarding-decisions audit checkpoint v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The exact bytes signed: one field per line, in a fixed order, so any verifier can rebuild them. */
    public String statement() {
        return FORMAT + "\nsize " + size + "\nhead " + head + "\ntime " + time + "\nrule-sets " + String.join(",", ruleSetVersions)
                + "\ncontent-hashes-from " + contentHashesFrom + "\nkey " + keyId + "\n";
    }

    /** Whether the signature was made by the private half of this public key over this statement. */
    public boolean signedBy(PublicKey key) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(statement().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** One line of the checkpoint file and of the checkpoint export. */
    public String toJsonLine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("size", size);
        m.put("head", head);
        m.put("time", time);
        m.put("ruleSetVersions", ruleSetVersions);
        m.put("contentHashesFrom", contentHashesFrom);
        m.put("keyId", keyId);
        m.put("signature", signature);
        return JSON.writeValueAsString(m);
    }

    public static Checkpoint fromJsonLine(String line) {
        JsonNode n = JSON.readTree(line);
        List<String> versions = new java.util.ArrayList<>();
        n.get("ruleSetVersions").forEach(v -> versions.add(v.asString()));
        return new Checkpoint(n.get("size").asLong(), n.get("head").asString(), n.get("time").asString(), List.copyOf(versions),
                n.get("contentHashesFrom").asLong(), n.get("keyId").asString(), n.get("signature").asString());
    }
}
