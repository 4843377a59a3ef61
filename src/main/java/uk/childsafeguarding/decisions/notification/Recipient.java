package uk.childsafeguarding.decisions.notification;

/** Who is told of the incident. The child death overview panel is told of every child's death, whatever its cause. */
public enum Recipient { CHILD_SAFEGUARDING_PRACTICE_REVIEW_PANEL, OFSTED, SECRETARY_OF_STATE, SAFEGUARDING_PARTNERS, CHILD_DEATH_OVERVIEW_PANEL }
