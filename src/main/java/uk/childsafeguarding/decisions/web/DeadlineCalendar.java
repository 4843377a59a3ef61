package uk.childsafeguarding.decisions.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Month grids (Monday first) with each deadline marked on its day, for showing deadlines on a calendar. */
public record DeadlineCalendar(List<Month> months) {

    public record Day(LocalDate date, boolean inMonth, List<String> deadlines) {
        public int getDayOfMonth() {
            return date.getDayOfMonth();
        }
    }

    public record Month(String title, List<List<Day>> weeks) {
    }

    public static DeadlineCalendar of(Map<String, LocalDate> deadlines) {
        TreeMap<YearMonth, Boolean> months = new TreeMap<>();
        deadlines.values().forEach(d -> months.put(YearMonth.from(d), true));
        List<Month> out = new ArrayList<>();
        for (YearMonth ym : months.keySet()) {
            List<List<Day>> weeks = new ArrayList<>();
            LocalDate d = ym.atDay(1);
            while (d.getDayOfWeek() != DayOfWeek.MONDAY) {
                d = d.minusDays(1);
            }
            while (!d.isAfter(ym.atEndOfMonth())) {
                List<Day> week = new ArrayList<>();
                for (int i = 0; i < 7; i++, d = d.plusDays(1)) {
                    LocalDate day = d;
                    List<String> labels = deadlines.entrySet().stream().filter(e -> e.getValue().equals(day)).map(Map.Entry::getKey).toList();
                    week.add(new Day(day, YearMonth.from(day).equals(ym), labels));
                }
                weeks.add(week);
            }
            out.add(new Month(ym.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + ym.getYear(), weeks));
        }
        return new DeadlineCalendar(out);
    }
}
