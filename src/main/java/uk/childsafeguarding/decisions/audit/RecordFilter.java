package uk.childsafeguarding.decisions.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Which decisions to list, replay, export or summarise. Each part is optional (null means any):
 * partnerships and types are sets, from/to are inclusive asAt dates, requestedBy limits to one user's
 * own decisions. anyOf, when given, further limits to records matching at least one of its scopes:
 * the ways one user may see records (as an auditor in one partnership, a practitioner in another).
 */
public record RecordFilter(Set<String> partnerships, Set<String> types, LocalDate from, LocalDate to, String requestedBy,
        @com.fasterxml.jackson.annotation.JsonIgnore List<Scope> anyOf) {

    /** One way of seeing records: in these partnerships (null: any), of these types (null: any), requested by this user (null: anyone). */
    public record Scope(Set<String> partnerships, Set<String> types, String requestedBy) {
    }

    public static final RecordFilter ALL = new RecordFilter(null, null, null, null, null, null);

    public RecordFilter(Set<String> partnerships, Set<String> types, LocalDate from, LocalDate to, String requestedBy) {
        this(partnerships, types, from, to, requestedBy, null);
    }

    /** The same filter limited to records within at least one of the scopes (none: no records). */
    public RecordFilter withinAnyOf(List<Scope> scopes) {
        return new RecordFilter(partnerships, types, from, to, requestedBy, List.copyOf(scopes));
    }

    public RecordFilter(String partnership, String type, LocalDate from, LocalDate to) {
        this(partnership == null || partnership.isBlank() ? null : Set.of(partnership), type == null || type.isBlank() ? null : Set.of(type), from, to, null);
    }

    /** The same filter limited to the partnerships allowed (null allows every partnership). */
    public RecordFilter withinPartnerships(Set<String> allowed) {
        return new RecordFilter(intersect(partnerships, allowed), types, from, to, requestedBy, anyOf);
    }

    /** The same filter limited to the types allowed (null allows every type). */
    public RecordFilter withinTypes(Set<String> allowed) {
        return new RecordFilter(partnerships, intersect(types, allowed), from, to, requestedBy, anyOf);
    }

    public RecordFilter requestedBy(String user) {
        return new RecordFilter(partnerships, types, from, to, user, anyOf);
    }

    private static Set<String> intersect(Set<String> asked, Set<String> allowed) {
        if (allowed == null) {
            return asked;
        }
        if (asked == null) {
            return allowed;
        }
        Set<String> out = new java.util.TreeSet<>(asked);
        out.retainAll(allowed);
        return out;
    }
}
