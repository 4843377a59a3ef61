package uk.childsafeguarding.decisions.notification;

public enum AbuseOrNeglect { KNOWN, SUSPECTED, NOT_SUSPECTED }
