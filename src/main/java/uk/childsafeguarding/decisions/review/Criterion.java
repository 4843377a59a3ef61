package uk.childsafeguarding.decisions.review;

/** A statutory criterion from rules/review/criteria.yaml. */
public record Criterion(String id, String field, String weight, String source, String section, String question) {
}
