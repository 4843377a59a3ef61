package uk.childsafeguarding.decisions.web;

import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns submitted form fields into the API's JSON request. Values are passed on as typed, so the
 * API's own validation finds every problem; nothing is decided here.
 */
final class Forms {

    private final MultiValueMap<String, String> form;

    Forms(MultiValueMap<String, String> form) {
        this.form = form;
    }

    String text(String name) {
        String v = form.getFirst(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    List<String> all(String name) {
        List<String> v = form.get(name);
        return v == null ? List.of() : v.stream().filter(s -> !s.isBlank()).toList();
    }

    /**
     * A GOV.UK date input (name-day, name-month, name-year) as the API's date. A date left empty is
     * null; one that is not a real date is passed on as typed, for the API to refuse by name.
     */
    String date(String name) {
        String d = text(name + "-day");
        String m = text(name + "-month");
        String y = text(name + "-year");
        if (d == null && m == null && y == null) {
            return text(name);
        }
        try {
            return java.time.LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString();
        } catch (RuntimeException e) {
            return (y == null ? "" : y) + "-" + (m == null ? "" : m) + "-" + (d == null ? "" : d);
        }
    }

    /** An age entered as years and months, in months for the API; text that is not a number is passed on as typed. */
    String ageInMonths(String yearsField, String monthsField) {
        String y = text(yearsField);
        String m = text(monthsField);
        if (y == null && m == null) {
            return null;
        }
        try {
            return String.valueOf((y == null ? 0 : Integer.parseInt(y)) * 12 + (m == null ? 0 : Integer.parseInt(m)));
        } catch (NumberFormatException e) {
            return (y == null ? "" : y + " years ") + (m == null ? "" : m + " months");
        }
    }

    boolean checked(String name) {
        return "true".equals(form.getFirst(name));
    }

    /** A number where the text is one; otherwise the text itself, for the API to refuse by name. */
    static void putNumberOrText(ObjectNode node, String field, String value) {
        if (value == null) {
            return;
        }
        try {
            node.put(field, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            node.put(field, value);
        }
    }

    static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /** "partnership" or "partnership:area" from the combined select. */
    void putPartnership(ObjectNode node) {
        String p = text("partnership");
        if (p == null) {
            return;
        }
        String[] parts = p.split(":", 2);
        node.put("partnership", parts[0]);
        if (parts.length == 2) {
            node.put("area", parts[1]);
        }
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array(List<String> values) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        values.forEach(a::add);
        return a;
    }

    Map<String, List<String>> values() {
        return form;
    }
}
