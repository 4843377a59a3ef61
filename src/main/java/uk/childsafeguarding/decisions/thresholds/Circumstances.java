package uk.childsafeguarding.decisions.thresholds;

/** The circumstances block of a threshold request, plus how many strengths were recorded (never scored). */
public final class Circumstances {
    private final boolean immediateDanger;
    private final ConsentStatus consent;
    private final boolean earlyHelpPlanWithoutProgress;
    private final boolean markDocumentedAsBenign;
    private final boolean healthProfessionalSatisfiedBenign;
    private final int strengthsRecorded;

    public Circumstances(boolean immediateDanger, ConsentStatus consent, boolean earlyHelpPlanWithoutProgress,
            boolean markDocumentedAsBenign, boolean healthProfessionalSatisfiedBenign, int strengthsRecorded) {
        this.immediateDanger = immediateDanger;
        this.consent = consent;
        this.earlyHelpPlanWithoutProgress = earlyHelpPlanWithoutProgress;
        this.markDocumentedAsBenign = markDocumentedAsBenign;
        this.healthProfessionalSatisfiedBenign = healthProfessionalSatisfiedBenign;
        this.strengthsRecorded = strengthsRecorded;
    }

    public boolean isImmediateDanger() { return immediateDanger; }
    public ConsentStatus getConsent() { return consent; }
    public boolean isEarlyHelpPlanWithoutProgress() { return earlyHelpPlanWithoutProgress; }
    public boolean isMarkDocumentedAsBenign() { return markDocumentedAsBenign; }
    public boolean isHealthProfessionalSatisfiedBenign() { return healthProfessionalSatisfiedBenign; }
    public int getStrengthsRecorded() { return strengthsRecorded; }
}
