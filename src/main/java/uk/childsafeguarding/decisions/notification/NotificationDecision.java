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
}
