package uk.childsafeguarding.decisions.partnerships;

import java.time.LocalDate;
import java.util.List;

import uk.childsafeguarding.decisions.engine.Validity;

/**
 * A safeguarding partnership. The id answers requests within {@code validity}; before
 * {@code arrangementsFrom} its area was served by the Local Safeguarding Children Board(s) named in {@code lscb}.
 */
public record Partnership(String id, String name, String shortName, Validity validity, List<String> validityNotes,
        LocalDate arrangementsFrom, String arrangementsSource, String lscb, List<String> areaIds, String unfinishedReviewsCompletedBy) {

    public boolean hasSeveralAreas() {
        return areaIds.size() > 1;
    }

    public boolean underLscbOn(LocalDate day) {
        return day.isBefore(arrangementsFrom);
    }
}
