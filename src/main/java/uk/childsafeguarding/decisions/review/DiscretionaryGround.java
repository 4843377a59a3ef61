package uk.childsafeguarding.decisions.review;

public enum DiscretionaryGround { NEAR_MISS, EXEMPLARY_PRACTICE, POOR_PRACTICE }
