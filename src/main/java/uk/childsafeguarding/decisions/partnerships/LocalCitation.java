package uk.childsafeguarding.decisions.partnerships;

import java.time.LocalDate;

import uk.childsafeguarding.decisions.engine.Validity;

/**
 * Where a piece of local policy comes from: a stable id (shown in answers like a rule id), a plain-English
 * summary, the document and section it cites, its confidence mark, and the dates it is in force.
 */
public record LocalCitation(String id, String summary, String source, String section, String confidence, Validity validity) {

    public boolean inForceOn(LocalDate day) {
        return validity.contains(day);
    }
}
