package uk.childsafeguarding.decisions.review;

import java.util.List;

import uk.childsafeguarding.decisions.engine.Explains;

/** The review group's rating of one criterion; rules record how it contributed. */
public final class CriterionRating implements Explains {
    private final Criterion criterion;
    private final Rating rating;
    private String contribution;

    public CriterionRating(Criterion criterion, Rating rating) {
        this.criterion = criterion;
        this.rating = rating;
        this.contribution = rating == Rating.NO ? "Rated NO: does not count towards a review." : null;
    }

    public String getId() { return criterion.id(); }
    public String getWeight() { return criterion.weight(); }
    public Rating getRating() { return rating; }
    public Criterion criterion() { return criterion; }
    public String contribution() { return contribution; }

    /** Output only: how this rating contributed (rules never match on it). */
    public void contributes(String text) {
        this.contribution = text;
    }

    @Override
    public List<String> because() {
        return List.of(criterion.id() + "=" + rating);
    }
}
