package uk.childsafeguarding.decisions.audit;

import java.time.LocalDate;

/** Which decisions to list, replay, export or summarise: each part optional; from/to are inclusive asAt dates. */
public record RecordFilter(String partnershipId, String decisionType, LocalDate from, LocalDate to) {
    public static final RecordFilter ALL = new RecordFilter(null, null, null, null);
}
