package uk.childsafeguarding.decisions.review;

/** MUST: a duty (a board's serious case review when the criteria are met); RECOMMEND: our reading of the guidance; CONSIDER: the partners' judgement. */
public enum RecommendationStrength { MUST, RECOMMEND, CONSIDER }
