package uk.childsafeguarding.decisions.review;

public enum LearningSufficiency { YES, NO, UNKNOWN }
