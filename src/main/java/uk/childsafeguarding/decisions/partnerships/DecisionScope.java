package uk.childsafeguarding.decisions.partnerships;

import java.time.LocalDate;
import java.util.List;

import uk.childsafeguarding.decisions.system.ApiProblem;
import uk.childsafeguarding.decisions.system.JsonFields;

/**
 * The partnership and date every decision is made for. Rules, arrangements and regimes in force on
 * asAt are the ones applied; asAt defaults to today in Europe/London.
 */
public record DecisionScope(Partnership partnership, LocalDate asAt) {

    /** The notification duty and the national Panel started on 29 Jun 2018 (Children Act 2004 s16C); nothing earlier is supported. */
    public static final LocalDate EARLIEST_SUPPORTED = LocalDate.of(2018, 6, 29);

    /** Reads partnership and asAt; returns null when either is invalid (the problem is recorded). */
    public static DecisionScope read(JsonFields fields, Partnerships partnerships, LocalDate today) {
        String id = fields.text("partnership", true, 64);
        Partnership p = null;
        if (id != null) {
            p = partnerships.partnership(id);
            if (p == null) {
                fields.problems().add(fields.path("partnership"), "unknown partnership '" + id + "'; expected one of "
                        + String.join(", ", partnerships.all().stream().map(Partnership::id).toList()));
            }
        }
        LocalDate asAt = fields.has("asAt") ? fields.date("asAt", false) : today;
        return p == null || asAt == null ? null : new DecisionScope(p, asAt);
    }

    /** A date the request says has already happened must not lie after the date the decision is made as at. */
    public void requireNotAfterAsAt(String field, LocalDate date, uk.childsafeguarding.decisions.system.Problems problems) {
        if (date != null && date.isAfter(asAt)) {
            problems.add(field, "is after asAt " + asAt + "; a decision cannot use dates in its future");
        }
    }

    /** After the request is otherwise valid: an unsupported date is 422, not 400. */
    public void requireSupported(Partnerships partnerships) {
        if (asAt.isBefore(EARLIEST_SUPPORTED)) {
            throw ApiProblem.unsupportedDate("asAt", "asAt " + asAt + " is before " + EARLIEST_SUPPORTED
                    + ", when the current notification and review regime began; earlier decisions are not supported");
        }
        if (!partnership.validity().contains(asAt)) {
            throw ApiProblem.unsupportedDate("partnership", "partnership '" + partnership.id() + "' did not answer requests on " + asAt
                    + " (valid " + partnership.validity().from() + (partnership.validity().to() == null ? " onwards" : " to " + partnership.validity().to())
                    + ")" + suggestion(partnerships));
        }
    }

    private String suggestion(Partnerships partnerships) {
        List<String> inForce = partnerships.inForceOn(asAt);
        return inForce.isEmpty() ? "" : "; partnerships answering on that date: " + String.join(", ", inForce);
    }
}
