package uk.childsafeguarding.decisions.notification;

public enum NotifyingAuthority { THIS_AUTHORITY, AUTHORITY_WHERE_INCIDENT_OCCURRED, NONE }
