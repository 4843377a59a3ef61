package uk.childsafeguarding.decisions.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a record's content and the previous record's hash. Every field is written with its
 * length first, so no two different records can produce the same input.
 */
final class RecordHasher {

    static final String GENESIS = "0".repeat(64);

    private RecordHasher() {
    }

    static String hash(DecisionRecord r) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String f : new String[] {r.prevHash(), Long.toString(r.seq()), r.id(), r.kind(), r.decisionType(), r.partnershipId(), r.asAt(),
                    r.subjectId(), r.caseRefHash(), r.requestJson(), r.responseJson(), r.outcome(), r.ruleSetVersion(), r.appVersion(),
                    r.droolsVersion(), r.javaVersion(), r.requestedBy(), r.createdAt()}) {
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
