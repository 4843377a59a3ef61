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
        Validity validity, String confidence) {

    static RuleInfo of(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        String where = rule.getPackageName() + "/" + rule.getName();
        return new RuleInfo(rule.getPackageName(), rule.getName(), text(meta, "id"), text(meta, "source"),
                text(meta, "section"), text(meta, "summary"),
                new Validity(date(meta, "effectiveFrom", where), date(meta, "effectiveTo", where)), text(meta, "confidence"));
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
