package uk.childsafeguarding.decisions.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.childsafeguarding.decisions.engine.ReferenceDataParser;
import uk.childsafeguarding.decisions.engine.RuleSetException;
import uk.childsafeguarding.decisions.engine.RuleSetFiles;
import uk.childsafeguarding.decisions.engine.Yamls;

/**
 * England and Wales working days. Reading chosen (statutory-criteria.md section 9, contract): the
 * starting date is day 0 whatever day it is, and the deadline is the Nth working day after it. The
 * alternative reading (a non-working starting day moves day 0 to the next working day) gives a later
 * date; we take the earlier, stricter one.
 */
public final class WorkingDayCalendar {

    static final String FILE = "calendar/bank-holidays-england-and-wales.yaml";

    private final Set<LocalDate> holidays;
    private final LocalDate coversFrom;
    private final LocalDate coversTo;

    WorkingDayCalendar(Set<LocalDate> holidays, LocalDate coversFrom, LocalDate coversTo) {
        this.holidays = Set.copyOf(holidays);
        this.coversFrom = coversFrom;
        this.coversTo = coversTo;
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The Nth working day after {@code start} (day 0). */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        LocalDate d = start;
        int counted = 0;
        while (counted < days) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** The latest date that is at least N working days before {@code end} (for "at least 7 working days before publication"). */
    public LocalDate workingDaysBefore(LocalDate end, int days) {
        LocalDate d = end;
        int counted = 0;
        while (counted < days) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** Whether the bank holidays for this date are known (2018-2030); outside, only weekends are excluded. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(coversFrom) && !day.isAfter(coversTo);
    }

    public LocalDate coversTo() {
        return coversTo;
    }

    @Component
    public static class Parser implements ReferenceDataParser<WorkingDayCalendar> {
        @Override
        public Class<WorkingDayCalendar> type() {
            return WorkingDayCalendar.class;
        }

        @Override
        public WorkingDayCalendar parse(RuleSetFiles files) {
            Map<String, Object> root = Yamls.map(Yamls.load(files.text(FILE), FILE), FILE);
            Map<String, Object> covers = Yamls.map(root.get("covers"), FILE + " covers");
            Set<LocalDate> days = new HashSet<>();
            for (Object o : Yamls.list(root.get("holidays"), FILE + " holidays")) {
                LocalDate d = Yamls.date(Yamls.map(o, FILE), "date", FILE);
                if (d == null || !days.add(d)) {
                    throw new RuleSetException(FILE + ": holiday without a date, or listed twice: " + o);
                }
            }
            return new WorkingDayCalendar(days, Yamls.date(covers, "from", FILE), Yamls.date(covers, "to", FILE));
        }
    }
}
