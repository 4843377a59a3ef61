package uk.childsafeguarding.decisions.review;

/** The recommendation the rules reached; timetable and local-process rules match it. */
public final class ReviewRecommendation {
    private final ReviewProposal chosen;

    public ReviewRecommendation(ReviewProposal chosen) {
        this.chosen = chosen;
    }

    public Recommendation getRecommendation() { return chosen.getRecommendation(); }
    public RecommendationStrength getStrength() { return chosen.getStrength(); }
    public ReviewType getReviewType() { return chosen.getReviewType(); }
    /** A local review (CSPR or discretionary) is to be commissioned, so the CSPR timetable applies. */
    public boolean isLocalReview() { return chosen.getReviewType() == ReviewType.CSPR || chosen.getReviewType() == ReviewType.DISCRETIONARY_LOCAL_REVIEW; }
}
