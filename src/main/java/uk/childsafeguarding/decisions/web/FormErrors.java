package uk.childsafeguarding.decisions.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.childsafeguarding.decisions.system.ApiProblem;
import uk.childsafeguarding.decisions.system.FieldError;

/**
 * The API's field errors shown the GOV.UK way: an error summary whose links go to the fields, and a
 * message beside each field. API paths such as "child.ageMonths" or "indicators[2]" become form ids.
 */
public final class FormErrors {

    public record Item(String href, String text) {
    }

    private final List<Item> summary = new ArrayList<>();
    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static FormErrors of(ApiProblem problem) {
        FormErrors e = new FormErrors();
        for (FieldError f : problem.errors()) {
            String id = idFor(f.field());
            String text = (f.field().isEmpty() ? "" : label(f.field()) + " ") + f.message();
            e.summary.add(new Item("#" + id, capitalise(text)));
            e.byField.putIfAbsent(id, capitalise(text));
        }
        if (problem.errors().isEmpty()) {
            e.summary.add(new Item("#main-content", capitalise(problem.getMessage())));
        }
        return e;
    }

    static String idFor(String field) {
        if (field.isEmpty()) {
            return "main-content";
        }
        if (field.equals("area")) {
            return "partnership";
        }
        String f = field.replaceAll("\\[\\d+]", "");
        return f.replace('.', '-');
    }

    private static String label(String field) {
        return field.replaceAll("\\[(\\d+)]", " $1").replace('.', ' ');
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public boolean any() {
        return !summary.isEmpty();
    }

    public List<Item> getSummary() {
        return summary;
    }

    public boolean has(String id) {
        return byField.containsKey(id);
    }

    public String get(String id) {
        return byField.get(id);
    }
}
