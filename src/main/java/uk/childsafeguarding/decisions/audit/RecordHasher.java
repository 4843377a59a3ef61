package uk.childsafeguarding.decisions.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The chain's hashes. Every field is written with its length first, so no two different inputs can
 * produce the same bytes.
 *
 * <ul>
 * <li>Records with a content hash (written since issue 14): contentHash = SHA-256 over the content
 * (id to createdAt); hash = SHA-256 over "v2", the previous hash, the sequence number, the
 * partnership and the content hash. The partnership is in the link itself so that a record cannot
 * be hidden from its partnership's auditor by presenting it as another partnership's.</li>
 * <li>Records from before: hash = SHA-256 over the previous hash, the sequence number and every
 * content field (unchanged, so existing chains still verify).</li>
 * </ul>
 */
public final class RecordHasher {

    public static final String GENESIS = "0".repeat(64);

    private RecordHasher() {
    }

    static String hash(DecisionRecord r) {
        if (r.contentHash() != null) {
            return link(r.prevHash(), r.seq(), r.partnershipId(), r.contentHash());
        }
        return sha256(r.prevHash(), Long.toString(r.seq()), r.id(), r.kind(), r.decisionType(), r.partnershipId(), r.asAt(), r.subjectId(),
                r.caseRefHash(), r.requestJson(), r.responseJson(), r.outcome(), r.ruleSetVersion(), r.appVersion(), r.droolsVersion(),
                r.javaVersion(), r.requestedBy(), r.createdAt());
    }

    static String contentHash(DecisionRecord r) {
        return sha256(r.id(), r.kind(), r.decisionType(), r.partnershipId(), r.asAt(), r.subjectId(), r.caseRefHash(), r.requestJson(),
                r.responseJson(), r.outcome(), r.ruleSetVersion(), r.appVersion(), r.droolsVersion(), r.javaVersion(), r.requestedBy(), r.createdAt());
    }

    /** The chain hash of a record with a content hash: computable without the content. */
    static String link(String prevHash, long seq, String partnershipId, String contentHash) {
        return sha256("v2", prevHash, Long.toString(seq), partnershipId, contentHash);
    }

    private static String sha256(String... fields) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String f : fields) {
                byte[] b = f == null ? new byte[0] : f.getBytes(StandardCharsets.UTF_8);
                sha.update(((f == null ? "-" : Integer.toString(b.length)) + ":").getBytes(StandardCharsets.UTF_8));
                sha.update(b);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
