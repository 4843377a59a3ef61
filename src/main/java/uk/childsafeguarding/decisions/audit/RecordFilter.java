package uk.childsafeguarding.decisions.audit;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which decisions to list, replay, export or summarise. Each part is optional (null means any):
 * partnerships and types are sets, from/to are inclusive asAt dates, requestedBy limits to one user's
 * own decisions.
 */
public record RecordFilter(Set<String> partnerships, Set<String> types, LocalDate from, LocalDate to, String requestedBy) {

    public static final RecordFilter ALL = new RecordFilter(null, null, null, null, null);

    public RecordFilter(String partnership, String type, LocalDate from, LocalDate to) {
        this(partnership == null ? null : Set.of(partnership), type == null ? null : Set.of(type), from, to, null);
    }
}
