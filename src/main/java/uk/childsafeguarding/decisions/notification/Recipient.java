package uk.childsafeguarding.decisions.notification;

public enum Recipient { CHILD_SAFEGUARDING_PRACTICE_REVIEW_PANEL, OFSTED, SECRETARY_OF_STATE, SAFEGUARDING_PARTNERS }
