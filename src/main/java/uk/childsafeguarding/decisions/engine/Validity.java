package uk.childsafeguarding.decisions.engine;

import java.time.LocalDate;

/** A dated window: inclusive from, exclusive to; either end may be open. */
public record Validity(LocalDate from, LocalDate to) {

    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
    }
}
