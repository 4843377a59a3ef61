package uk.childsafeguarding.decisions.thresholds;

public enum ConsentStatus { GIVEN, REFUSED, NOT_SOUGHT }
