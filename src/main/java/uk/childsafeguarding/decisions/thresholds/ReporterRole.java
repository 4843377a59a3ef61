package uk.childsafeguarding.decisions.thresholds;

public enum ReporterRole { HEALTH, EDUCATION, EARLY_YEARS, POLICE, SOCIAL_CARE, VOLUNTARY, OTHER }
