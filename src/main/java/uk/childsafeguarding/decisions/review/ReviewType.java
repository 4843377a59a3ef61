package uk.childsafeguarding.decisions.review;

public enum ReviewType { CSPR, SERIOUS_CASE_REVIEW, DISCRETIONARY_LOCAL_REVIEW, NATIONAL_REVIEW_IF_PANEL_AGREES, NONE }
