package uk.childsafeguarding.decisions.notification;

/**
 * The person the incident is about was 18 or over: not a child, so the s16C duty (and the rapid review
 * that follows it) does not arise. Inserted by a classification rule; the duty rules require its absence.
 */
public final class NotAChild {
}
