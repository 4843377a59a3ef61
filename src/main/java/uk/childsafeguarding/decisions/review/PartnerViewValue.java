package uk.childsafeguarding.decisions.review;

public enum PartnerViewValue { LOCAL_CSPR, NO_FURTHER_REVIEW, NATIONAL_REVIEW }
