package uk.childsafeguarding.decisions.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Dated steps computed by rules, each with the arithmetic that produced it. */
public final class Timetable {

    public record Entry(String id, LocalDate dueBy, String basis) {
    }

    private final WorkingDayCalendar calendar;
    private final List<Entry> entries = new ArrayList<>();

    public Timetable(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** N working days after a starting date (day 0). */
    public LocalDate workingDaysAfter(String id, LocalDate from, int days, String what) {
        LocalDate due = calendar.addWorkingDays(from, days);
        add(id, due, days + " working days after " + from + (what == null ? "" : " (" + what + ")"));
        return due;
    }

    /** The latest date at least N working days before a later date. */
    public LocalDate workingDaysBefore(String id, LocalDate end, int days, String what) {
        LocalDate due = calendar.workingDaysBefore(end, days);
        add(id, due, "at least " + days + " working days before " + end + (what == null ? "" : " (" + what + ")"));
        return due;
    }

    /** Calendar days, where the document counts days without saying working days. */
    public LocalDate daysAfter(String id, LocalDate from, int days, String what) {
        LocalDate due = from.plusDays(days);
        add(id, due, days + " days after " + from + (what == null ? "" : " (" + what + ")"));
        return due;
    }

    /** Calendar months, never converted to working days. */
    public LocalDate monthsAfter(String id, LocalDate from, int months, String what) {
        LocalDate due = from.plusMonths(months);
        add(id, due, months + " calendar months after " + from + (what == null ? "" : " (" + what + ")"));
        return due;
    }

    private void add(String id, LocalDate due, String basis) {
        if (!calendar.covers(due)) {
            basis += "; bank holidays after " + calendar.coversTo() + " are not known, so only weekends were excluded";
        }
        entries.add(new Entry(id, due, basis));
    }

    public List<Entry> entries() {
        return entries;
    }
}
