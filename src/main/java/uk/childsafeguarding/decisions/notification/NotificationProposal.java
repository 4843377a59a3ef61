package uk.childsafeguarding.decisions.notification;

/** One rule's answer to "must the authority notify the Panel?"; the strongest proposal wins. */
public final class NotificationProposal {
    private final NotificationDecisionValue decision;
    private final Strength strength;
    private final NotifyingAuthority authority;

    public NotificationProposal(NotificationDecisionValue decision, Strength strength, NotifyingAuthority authority) {
        this.decision = decision;
        this.strength = strength;
        this.authority = authority;
    }

    public NotificationDecisionValue getDecision() { return decision; }
    public Strength getStrength() { return strength; }
    public NotifyingAuthority getAuthority() { return authority; }

    /** REQUIRED before CONSIDER before NOT_REQUIRED; among equals, the first proposed. */
    public static NotificationProposal strongest(java.util.Collection<?> proposals) {
        NotificationProposal best = null;
        for (Object o : proposals) {
            NotificationProposal p = (NotificationProposal) o;
            if (best == null || p.decision.ordinal() < best.decision.ordinal()) {
                best = p;
            }
        }
        return best;
    }
}
