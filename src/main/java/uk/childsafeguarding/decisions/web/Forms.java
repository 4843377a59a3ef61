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
