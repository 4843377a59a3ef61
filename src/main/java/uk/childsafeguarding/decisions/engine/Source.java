package uk.childsafeguarding.decisions.engine;

/** A document rules cite, as registered in rules/sources.yaml. */
public record Source(String id, String title, String edition, String url, String confidence, boolean policy, String note) {
}
