package uk.childsafeguarding.decisions.review;

public enum Rating { YES, MAYBE, NO, UNKNOWN }
