package uk.childsafeguarding.decisions.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.kie.api.definition.rule.Rule;

/**
 * A rule's metadata: stable id, cited source and section, plain-English summary, and the dates it is
 * in force (@effectiveFrom inclusive, @effectiveTo exclusive; applied by {@link AsAtAgendaFilter}
 * rather than Drools' date-effective, which reads the session clock).
 */
public record RuleInfo(String pkg, String name, String id, String source, String section, String summary,
        Validity validity, String confidence, Citing later) {

    /**
     * A successor citation: from a date, the same requirement is cited from a later edition of the
     * guidance (for example Working Together 2023 chapter 5 for what 2018 chapter 4 said), written
     * {@code @laterSource("2023-12-15|wt2023|Chapter 5: ...")}. Each answer cites the edition in force on asAt.
     */
    public record Citing(LocalDate from, String source, String section) {
    }

    static RuleInfo of(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        String where = rule.getPackageName() + "/" + rule.getName();
        return new RuleInfo(rule.getPackageName(), rule.getName(), text(meta, "id"), text(meta, "source"),
                text(meta, "section"), text(meta, "summary"),
                new Validity(date(meta, "effectiveFrom", where), date(meta, "effectiveTo", where)), text(meta, "confidence"),
                later(text(meta, "laterSource"), where));
    }

    /** The source cited on a day: the later edition from its date, otherwise the rule's own @source. */
    public String sourceOn(LocalDate day) {
        return later != null && day != null && !day.isBefore(later.from()) ? later.source() : source;
    }

    /** The section cited on a day (see {@link #sourceOn}). */
    public String sectionOn(LocalDate day) {
        return later != null && day != null && !day.isBefore(later.from()) ? later.section() : section;
    }

    private static Citing later(String v, String where) {
        if (v == null) {
            return null;
        }
        String[] parts = v.split("\\|", 3);
        if (parts.length != 3) {
            throw new RuleSetException(where + ": @laterSource must be \"date|source id|section\", not " + v);
        }
        try {
            return new Citing(LocalDate.parse(parts[0].trim()), parts[1].trim(), parts[2].trim());
        } catch (DateTimeParseException e) {
            throw new RuleSetException(where + ": @laterSource does not start with an ISO date: " + v);
        }
    }

    public boolean inForceOn(LocalDate day) {
        return validity.contains(day);
    }

    /** Metadata values arrive quoted from the executable model ("THR-NIM-01"); strip the quotes. */
    static String text(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.replace("\\\"", "\"");
    }

    private static LocalDate date(Map<String, Object> meta, String key, String where) {
        String v = text(meta, key);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new RuleSetException(where + ": @" + key + " is not an ISO date: " + v);
        }
    }
}
