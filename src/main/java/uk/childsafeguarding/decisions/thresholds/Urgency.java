package uk.childsafeguarding.decisions.thresholds;

/** How soon an action is needed; actions are listed in this order. */
public enum Urgency { NOW, TODAY, WITHIN_DAYS, ROUTINE }
