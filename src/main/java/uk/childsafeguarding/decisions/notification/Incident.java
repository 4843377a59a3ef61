package uk.childsafeguarding.decisions.notification;

import java.time.LocalDate;

/** What happened, where, and when the local authority learnt of it. */
public final class Incident {
    private final Outcome outcome;
    private final AbuseOrNeglect abuseOrNeglect;
    private final IncidentLocation location;
    private final boolean normallyResidentInArea;
    private final Setting setting;
    private final boolean familyKnownToChildrensSocialCare;
    private final boolean suspectedSuicideOrUnexplainedDeath;
    private final LocalDate incidentDate;
    private final LocalDate localAuthorityAwareDate;
    private final LocalDate notificationSubmittedDate;

    public Incident(Outcome outcome, AbuseOrNeglect abuseOrNeglect, IncidentLocation location, boolean normallyResidentInArea,
            Setting setting, boolean familyKnownToChildrensSocialCare, boolean suspectedSuicideOrUnexplainedDeath,
            LocalDate incidentDate, LocalDate localAuthorityAwareDate, LocalDate notificationSubmittedDate) {
        this.outcome = outcome;
        this.abuseOrNeglect = abuseOrNeglect;
        this.location = location;
        this.normallyResidentInArea = normallyResidentInArea;
        this.setting = setting;
        this.familyKnownToChildrensSocialCare = familyKnownToChildrensSocialCare;
        this.suspectedSuicideOrUnexplainedDeath = suspectedSuicideOrUnexplainedDeath;
        this.incidentDate = incidentDate;
        this.localAuthorityAwareDate = localAuthorityAwareDate;
        this.notificationSubmittedDate = notificationSubmittedDate;
    }

    public Outcome getOutcome() { return outcome; }
    public AbuseOrNeglect getAbuseOrNeglect() { return abuseOrNeglect; }
    /** Known or suspected abuse or neglect: the first limb of the s16C duty. */
    public boolean isAbuseOrNeglectKnownOrSuspected() { return abuseOrNeglect != AbuseOrNeglect.NOT_SUSPECTED; }
    /** Died or seriously harmed: the second limb of the s16C duty. */
    public boolean isDiedOrSeriouslyHarmed() { return outcome == Outcome.DIED || outcome == Outcome.SERIOUSLY_HARMED; }
    public IncidentLocation getLocation() { return location; }
    public boolean isNormallyResidentInArea() { return normallyResidentInArea; }
    public Setting getSetting() { return setting; }
    public boolean isFamilyKnownToChildrensSocialCare() { return familyKnownToChildrensSocialCare; }
    public boolean isSuspectedSuicideOrUnexplainedDeath() { return suspectedSuicideOrUnexplainedDeath; }
    public LocalDate getIncidentDate() { return incidentDate; }
    public LocalDate getLocalAuthorityAwareDate() { return localAuthorityAwareDate; }
    public LocalDate getNotificationSubmittedDate() { return notificationSubmittedDate; }
    /** Calendar days from the incident to the local authority becoming aware of it (0 on the same day). */
    public long getDaysFromIncidentToAwareness() { return java.time.temporal.ChronoUnit.DAYS.between(incidentDate, localAuthorityAwareDate); }
}
