package uk.childsafeguarding.decisions.notification;

public enum Setting { FAMILY_HOME, CHILDRENS_HOME, SECURE_CHILDRENS_HOME, YOUTH_CUSTODY, MENTAL_HEALTH_DETENTION, OTHER }
