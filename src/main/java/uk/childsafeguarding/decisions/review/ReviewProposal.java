package uk.childsafeguarding.decisions.review;

import java.util.Collection;

/**
 * One rule's recommendation with its precedence (lower rank wins): the Panel's conclusion that a
 * local review is more appropriate (1), a case for the Panel (2), sufficient learning (3), matters
 * the partners must take into account (4), matters needing judgement (5), nothing met (6),
 * discretionary grounds (7), not a serious case (8).
 */
public final class ReviewProposal {
    private final Recommendation recommendation;
    private final int rank;
    private final RecommendationStrength strength;
    private final ReviewType reviewType;

    public ReviewProposal(Recommendation recommendation, int rank, RecommendationStrength strength, ReviewType reviewType) {
        this.recommendation = recommendation;
        this.rank = rank;
        this.strength = strength;
        this.reviewType = reviewType;
    }

    public Recommendation getRecommendation() { return recommendation; }
    public int getRank() { return rank; }
    public RecommendationStrength getStrength() { return strength; }
    public ReviewType getReviewType() { return reviewType; }

    public static ReviewProposal strongest(Collection<?> proposals) {
        ReviewProposal best = null;
        for (Object o : proposals) {
            ReviewProposal p = (ReviewProposal) o;
            if (best == null || p.rank < best.rank) {
                best = p;
            }
        }
        return best;
    }
}
