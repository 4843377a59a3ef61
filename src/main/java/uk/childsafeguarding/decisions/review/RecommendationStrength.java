package uk.childsafeguarding.decisions.review;

public enum RecommendationStrength { RECOMMEND, CONSIDER }
