package uk.childsafeguarding.decisions.engine;

/**
 * A document rules cite, as registered in rules/sources.yaml: when it was in force (inclusive from,
 * exclusive to; null for open), the areas it belongs to (empty for national or regional documents that
 * are not one partnership's own), and, for our own policy documents, the path of the file in the rule set.
 */
public record Source(String id, String title, String edition, String url, String confidence, boolean policy, String note,
        java.time.LocalDate inForceFrom, java.time.LocalDate inForceTo, java.util.List<String> areas, String path) {

    /** Whether the document was in force on every day of [from, to) (null ends are open). */
    public boolean covers(java.time.LocalDate from, java.time.LocalDate to) {
        boolean startOk = inForceFrom == null || (from != null && !from.isBefore(inForceFrom));
        boolean endOk = inForceTo == null || (to != null && !to.isAfter(inForceTo));
        return startOk && endOk;
    }
}
