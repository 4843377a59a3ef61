package uk.childsafeguarding.decisions.notification;

/** The child (or young person, for a care leaver) the incident is about. */
public final class ChildStatus {
    private final int ageYears;
    private final boolean lookedAfter;
    private final boolean careLeaver;

    public ChildStatus(int ageYears, boolean lookedAfter, boolean careLeaver) {
        this.ageYears = ageYears;
        this.lookedAfter = lookedAfter;
        this.careLeaver = careLeaver;
    }

    public int getAgeYears() { return ageYears; }
    public boolean isLookedAfter() { return lookedAfter; }
    public boolean isCareLeaver() { return careLeaver; }
}
