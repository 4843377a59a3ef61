package uk.childsafeguarding.decisions.review;

public enum PartnerType { LOCAL_AUTHORITY, HEALTH, POLICE }
