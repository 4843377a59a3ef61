package uk.childsafeguarding.decisions.partnerships;

/**
 * A partnership's own deadline shown beside the national ones, counted as its document counts
 * (calendar days or months unless it says working days). {@code ifPassedBeforeAware} (counted from the
 * incident) and {@code ifNotificationDateUnknown} (counted from the notification) are the citations and
 * texts used in those cases.
 */
public record LocalDeadline(LocalCitation citation, String decision, String deadline, int count, Unit unit, CountedFrom countedFrom,
        String explain, String step, Alternative ifPassedBeforeAware, Alternative ifNotificationDateUnknown) {

    public enum Unit { DAYS, MONTHS }

    public enum CountedFrom { INCIDENT, NOTIFICATION_OR_AWARENESS, DECISION }

    public record Alternative(LocalCitation citation, String explain, String step) {
    }

    /** The number of days or months (named "period" for the rules: "count" is a word of the rule language). */
    public int getPeriod() { return count; }
    /** Counted from the incident, in days (Devon: "within five days of the incident"). */
    public boolean isDaysFromIncident() { return countedFrom == CountedFrom.INCIDENT && unit == Unit.DAYS; }
    /** Counted from the notification, or from the partners becoming aware when its date is not known. */
    public boolean isFromNotification() { return countedFrom == CountedFrom.NOTIFICATION_OR_AWARENESS; }
    /** Counted from the decision to review. */
    public boolean isFromDecision() { return countedFrom == CountedFrom.DECISION; }
}
