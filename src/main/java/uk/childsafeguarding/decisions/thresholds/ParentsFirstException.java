package uk.childsafeguarding.decisions.thresholds;

/**
 * Why telling the parents before a significant-harm referral may be wrong (threshold model, step 6).
 * Each indicator in the catalogue lists the exceptions it can raise; each has its own rule and reason.
 * Fabricated or induced illness is not here: it is the catalogue's {@code doNotInformParents}, a firm "do not".
 */
public enum ParentsFirstException {
    /** Telling the parents could put the child at greater risk (pressure, retraction, removal abroad). */
    CHILD_AT_GREATER_RISK,
    /** Telling the parents could lead to evidence being lost or accounts being aligned. */
    EVIDENCE_MAY_BE_LOST,
    /** The concern may be sexual abuse within the family. */
    SEXUAL_ABUSE_IN_FAMILY,
    /** Telling the parents could endanger an adult victim of domestic abuse. */
    DOMESTIC_ABUSE_VICTIM_AT_RISK
}
