package uk.childsafeguarding.decisions.notification;

/** REQUIRED outranks CONSIDER outranks NOT_REQUIRED when rules propose different answers. */
public enum NotificationDecisionValue { REQUIRED, CONSIDER, NOT_REQUIRED }
