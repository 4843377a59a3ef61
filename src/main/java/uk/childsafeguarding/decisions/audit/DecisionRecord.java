package uk.childsafeguarding.decisions.audit;

/**
 * One stored entry of the chain. kind DECISION is a recommendation; kind OUTCOME is a practitioner's
 * own final decision about the record named in subjectId. Dates and instants are ISO-8601 text.
 */
public record DecisionRecord(long seq, String id, String kind, String decisionType, String partnershipId, String asAt, String subjectId,
        String caseRefHash, String requestJson, String responseJson, String outcome, String ruleSetVersion, String appVersion,
        String droolsVersion, String javaVersion, String requestedBy, String createdAt, String prevHash, String hash) {

    public static final String DECISION = "DECISION";
    public static final String OUTCOME = "OUTCOME";

    /** The same record with its place in the chain. */
    DecisionRecord chained(long seq, String prevHash) {
        DecisionRecord r = new DecisionRecord(seq, id, kind, decisionType, partnershipId, asAt, subjectId, caseRefHash, requestJson, responseJson,
                outcome, ruleSetVersion, appVersion, droolsVersion, javaVersion, requestedBy, createdAt, prevHash, null);
        return r.withHash(RecordHasher.hash(r));
    }

    DecisionRecord withHash(String h) {
        return new DecisionRecord(seq, id, kind, decisionType, partnershipId, asAt, subjectId, caseRefHash, requestJson, responseJson, outcome,
                ruleSetVersion, appVersion, droolsVersion, javaVersion, requestedBy, createdAt, prevHash, h);
    }
}
