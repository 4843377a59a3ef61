package uk.childsafeguarding.decisions.partnerships;

/**
 * The child death review arrangements for an area: the panel that reviews the deaths of children
 * normally resident there, what it does for children who die there but live elsewhere, and any
 * out-of-area option its partners describe, with the source and its confidence mark.
 */
public record ChildDeathReview(String panel, String nonResidentDeaths, String outOfAreaOption, String source, String section,
        String confidence) {
}
