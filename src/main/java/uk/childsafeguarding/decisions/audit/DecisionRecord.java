package uk.childsafeguarding.decisions.audit;

/**
 * One stored entry of the chain. kind DECISION is a recommendation; kind OUTCOME is a practitioner's
 * own final decision about the record named in subjectId. Dates and instants are ISO-8601 text.
 *
 * <p>contentHash is the SHA-256 of the record's content alone (everything but its place in the
 * chain). Records written since issue 14 carry it, and their chain hash covers the previous hash,
 * the sequence number, the partnership and this content hash, so a partnership's auditor can check
 * the whole chain from other partnerships' content hashes without reading their content. Records
 * written before have none (null) and keep their original hash over the whole content.
 */
public record DecisionRecord(long seq, String id, String kind, String decisionType, String partnershipId, String asAt, String subjectId,
        String caseRefHash, String requestJson, String responseJson, String outcome, String ruleSetVersion, String appVersion,
        String droolsVersion, String javaVersion, String requestedBy, String createdAt, String prevHash, String hash, String contentHash) {

    public static final String DECISION = "DECISION";
    public static final String OUTCOME = "OUTCOME";
    /** A policy owner's sign-off of a partnership's policy digest (decision type "policy"). */
    public static final String POLICY_SIGN_OFF = "POLICY_SIGN_OFF";

    /** A record not yet in the chain (or read from before content hashes existed). */
    public DecisionRecord(long seq, String id, String kind, String decisionType, String partnershipId, String asAt, String subjectId,
            String caseRefHash, String requestJson, String responseJson, String outcome, String ruleSetVersion, String appVersion,
            String droolsVersion, String javaVersion, String requestedBy, String createdAt, String prevHash, String hash) {
        this(seq, id, kind, decisionType, partnershipId, asAt, subjectId, caseRefHash, requestJson, responseJson, outcome, ruleSetVersion, appVersion,
                droolsVersion, javaVersion, requestedBy, createdAt, prevHash, hash, null);
    }

    /** The same record with its place in the chain, its content hash and its chain hash. */
    DecisionRecord chained(long seq, String prevHash) {
        DecisionRecord r = new DecisionRecord(seq, id, kind, decisionType, partnershipId, asAt, subjectId, caseRefHash, requestJson, responseJson,
                outcome, ruleSetVersion, appVersion, droolsVersion, javaVersion, requestedBy, createdAt, prevHash, null, null);
        r = r.withContentHash(RecordHasher.contentHash(r));
        return r.withHash(RecordHasher.hash(r));
    }

    DecisionRecord withHash(String h) {
        return new DecisionRecord(seq, id, kind, decisionType, partnershipId, asAt, subjectId, caseRefHash, requestJson, responseJson, outcome,
                ruleSetVersion, appVersion, droolsVersion, javaVersion, requestedBy, createdAt, prevHash, h, contentHash);
    }

    DecisionRecord withContentHash(String c) {
        return new DecisionRecord(seq, id, kind, decisionType, partnershipId, asAt, subjectId, caseRefHash, requestJson, responseJson, outcome,
                ruleSetVersion, appVersion, droolsVersion, javaVersion, requestedBy, createdAt, prevHash, hash, c);
    }
}
