package uk.childsafeguarding.decisions.review;

public enum Recommendation { LOCAL_CSPR, NO_FURTHER_REVIEW, REFER_FOR_NATIONAL_REVIEW, DISCRETIONARY_REVIEW, NOT_A_SERIOUS_CASE }
