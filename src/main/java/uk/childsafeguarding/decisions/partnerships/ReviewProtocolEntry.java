package uk.childsafeguarding.decisions.partnerships;

/**
 * How a partnership's safeguarding partners decide after a rapid review, in force for dated window:
 * the kind (MAJORITY, CONSENSUS, ENDORSEMENT, AREA_GROUP), where a disagreement goes ({area} names the
 * child's area), and who advises on every decision, if anyone.
 */
public record ReviewProtocolEntry(LocalCitation citation, ProtocolKind kind, String ifNoAgreement, String adviser) {

    /** The kinds of decision protocol a partnership file may name (the LSCB's own is not a partnership's choice). */
    public enum ProtocolKind { MAJORITY, CONSENSUS, ENDORSEMENT, AREA_GROUP }

}
