package uk.childsafeguarding.decisions.web;

import java.util.List;
import java.util.Map;

/** What the user typed, shown back after an error so nothing has to be entered twice. */
public final class FormValues {
    private final Map<String, List<String>> values;

    FormValues(Map<String, List<String>> values) {
        this.values = values;
    }

    public String value(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    public boolean is(String name, String value) {
        List<String> v = values.get(name);
        return v != null && v.contains(value);
    }
}
