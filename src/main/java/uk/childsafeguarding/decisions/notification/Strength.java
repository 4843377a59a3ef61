package uk.childsafeguarding.decisions.notification;

public enum Strength { MUST, SHOULD, CONSIDER, NONE }
