package uk.childsafeguarding.decisions.review;

/**
 * What the rules recommend. SERIOUS_CASE_REVIEW is the board's review before a partnership's own
 * arrangements started (LSCB Regulations 2006, regulation 5); it is not a local child safeguarding practice review.
 */
public enum Recommendation { LOCAL_CSPR, NO_FURTHER_REVIEW, REFER_FOR_NATIONAL_REVIEW, DISCRETIONARY_REVIEW, NOT_A_SERIOUS_CASE, SERIOUS_CASE_REVIEW }
