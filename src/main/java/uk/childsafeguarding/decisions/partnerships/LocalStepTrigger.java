package uk.childsafeguarding.decisions.partnerships;

/** When a partnership's own step applies; the generic rules in rules/notification and rules/review match these. */
public enum LocalStepTrigger {
    /** Notification: this authority notifies, or should consider notifying. */
    NOTIFYING,
    /** Notification: this authority notifies for a child who normally lives in its area. */
    NOTIFYING_FOR_A_CHILD_WHO_LIVES_HERE,
    /** Notification: this authority notifies for a child who lives elsewhere but was harmed here. */
    NOTIFYING_FOR_A_CHILD_WHO_LIVES_ELSEWHERE,
    /** Review: a local review (CSPR or discretionary) is recommended or to be considered. */
    LOCAL_REVIEW,
    /** Review: the case is to be referred to the Panel for a national review. */
    NATIONAL_REFERRAL,
    /** Review: whatever the recommendation. */
    ANY_RECOMMENDATION
}
