package uk.childsafeguarding.decisions.thresholds;

/** What the practitioner said about the child: born with an age in months, or unborn with a gestation. */
public final class Child {
    private final Integer ageMonths;
    private final boolean unborn;
    private final Integer gestationWeeks;
    private final Boolean independentlyMobile;

    public Child(Integer ageMonths, boolean unborn, Integer gestationWeeks, Boolean independentlyMobile) {
        this.ageMonths = ageMonths;
        this.unborn = unborn;
        this.gestationWeeks = gestationWeeks;
        this.independentlyMobile = independentlyMobile;
    }

    public Integer getAgeMonths() { return ageMonths; }
    public boolean isUnborn() { return unborn; }
    public Integer getGestationWeeks() { return gestationWeeks; }
    public Boolean getIndependentlyMobile() { return independentlyMobile; }

    /** True only when the practitioner recorded that the child pulls to stand, cruises or walks. */
    public boolean isRecordedAsMobile() { return Boolean.TRUE.equals(independentlyMobile); }
}
