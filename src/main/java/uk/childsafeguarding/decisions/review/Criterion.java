package uk.childsafeguarding.decisions.review;

/** A statutory criterion from rules/review/criteria.yaml. */
public record Criterion(String id, String field, String weight, String source, String section, String question,
        java.time.LocalDate laterFrom, String laterSource, String laterSection) {

    /** The source cited on a day: a later edition of the guidance from its date (criteria.yaml laterSource), otherwise source. */
    public String sourceOn(java.time.LocalDate day) {
        return laterFrom != null && !day.isBefore(laterFrom) ? laterSource : source;
    }

    public String sectionOn(java.time.LocalDate day) {
        return laterFrom != null && !day.isBefore(laterFrom) ? laterSection : section;
    }
}
