package uk.childsafeguarding.decisions.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named numbers with dated values (OpenFisca style): a change in the guidance is a new dated entry,
 * never an overwrite. Each value carries its source and confidence mark.
 */
public final class DatedParameters {

    public record DatedValue(Validity validity, int value, String source, String section, String confidence, String note) {
    }

    private final Map<String, List<DatedValue>> values;

    private DatedParameters(Map<String, List<DatedValue>> values) {
        this.values = values;
    }

    public static final DatedParameters NONE = new DatedParameters(Map.of());

    /** Parses a mapping of name to a list of dated entries ({from, to, value, source, section, confidence, note}). */
    public static DatedParameters parse(Object parameters, String where) {
        Map<String, List<DatedValue>> values = new LinkedHashMap<>();
        if (parameters == null) {
            return new DatedParameters(values);
        }
        for (Map.Entry<String, Object> e : Yamls.map(parameters, where).entrySet()) {
            List<DatedValue> dated = new ArrayList<>();
            for (Object o : Yamls.list(e.getValue(), where + " " + e.getKey())) {
                Map<String, Object> m = Yamls.map(o, where + " " + e.getKey());
                Object v = m.get("value");
                if (!(v instanceof Integer i)) {
                    throw new RuleSetException(where + " " + e.getKey() + ": value must be a whole number");
                }
                dated.add(new DatedValue(new Validity(Yamls.date(m, "from", where), Yamls.date(m, "to", where)), i,
                        Yamls.text(m, "source"), Yamls.text(m, "section"), Yamls.requiredText(m, "confidence", where + " " + e.getKey()),
                        Yamls.text(m, "note")));
            }
            values.put(e.getKey(), List.copyOf(dated));
        }
        return new DatedParameters(values);
    }

    /** The names of the parameters, whatever their dates. */
    public java.util.Set<String> names() {
        return values.keySet();
    }

    /** The parameters in force on a day, as facts; a name with no value on that day is left out. */
    public List<Parameter> factsAt(LocalDate day) {
        List<Parameter> facts = new ArrayList<>();
        for (Map.Entry<String, List<DatedValue>> e : values.entrySet()) {
            for (DatedValue v : e.getValue()) {
                if (v.validity().contains(day)) {
                    facts.add(new Parameter(e.getKey(), v.value()));
                    break;
                }
            }
        }
        return facts;
    }

    public Map<String, List<DatedValue>> all() {
        return values;
    }
}
