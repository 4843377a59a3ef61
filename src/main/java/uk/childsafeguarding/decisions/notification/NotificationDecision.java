package uk.childsafeguarding.decisions.notification;

/** The answer the rules reached: decision, its strength, and which authority notifies. */
public final class NotificationDecision {
    private final NotificationDecisionValue decision;
    private final Strength strength;
    private final NotifyingAuthority authority;

    public NotificationDecision(NotificationProposal p) {
        this.decision = p.getDecision();
        this.strength = p.getStrength();
        this.authority = p.getAuthority();
    }

    public NotificationDecisionValue getDecision() { return decision; }
    public Strength getStrength() { return strength; }
    public NotifyingAuthority getAuthority() { return authority; }
    public boolean isNotifying() { return decision != NotificationDecisionValue.NOT_REQUIRED; }
    /**
     * This authority itself notifies (or should consider notifying). Where another English authority
     * notifies because the child was harmed there, this authority has no Panel or rapid-review deadline of
     * its own: it contributes to the other authority's notification and rapid review.
     */
    public boolean isThisAuthorityNotifies() { return isNotifying() && authority == NotifyingAuthority.THIS_AUTHORITY; }
}
