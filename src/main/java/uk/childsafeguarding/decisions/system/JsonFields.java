package uk.childsafeguarding.decisions.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * Reads typed fields from a JSON object, recording a problem (with the field's path) instead of
 * failing, so one pass finds every problem. Unknown fields are problems too: a misspelt field name
 * would otherwise be silently ignored and change the answer.
 */
public final class JsonFields {

    private final JsonNode node;
    private final String prefix;
    private final Problems problems;

    public JsonFields(JsonNode node, String prefix, Problems problems) {
        this.node = node;
        this.prefix = prefix;
        this.problems = problems;
    }

    public String path(String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    public Problems problems() {
        return problems;
    }

    public void allowOnly(String... fields) {
        Set<String> allowed = Set.of(fields);
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                problems.add(path(name), "unknown field; expected one of " + Arrays.stream(fields).sorted().collect(Collectors.joining(", ")));
            }
        }
    }

    private JsonNode present(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    public boolean has(String field) {
        return present(field) != null;
    }

    public String text(String field, boolean required, int maxLength) {
        JsonNode v = present(field);
        if (v == null) {
            if (required) {
                problems.add(path(field), "is required");
            }
            return null;
        }
        if (!v.isString()) {
            problems.add(path(field), "must be a string");
            return null;
        }
        String s = v.stringValue();
        if (s.length() > maxLength) {
            problems.add(path(field), "must be at most " + maxLength + " characters");
            return null;
        }
        if (required && s.isBlank()) {
            problems.add(path(field), "must not be blank");
            return null;
        }
        return s;
    }

    public LocalDate date(String field, boolean required) {
        String s = text(field, required, 10);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problems.add(path(field), "must be a date in the form YYYY-MM-DD");
            return null;
        }
    }

    public Boolean bool(String field, boolean required) {
        JsonNode v = present(field);
        if (v == null) {
            if (required) {
                problems.add(path(field), "is required");
            }
            return null;
        }
        if (!v.isBoolean()) {
            problems.add(path(field), "must be true or false");
            return null;
        }
        return v.booleanValue();
    }

    public boolean flag(String field) {
        Boolean b = bool(field, false);
        return b != null && b;
    }

    public Integer integer(String field, boolean required, int min, int max) {
        JsonNode v = present(field);
        if (v == null) {
            if (required) {
                problems.add(path(field), "is required");
            }
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            problems.add(path(field), "must be a whole number");
            return null;
        }
        int i = v.intValue();
        if (i < min || i > max) {
            problems.add(path(field), "must be between " + min + " and " + max);
            return null;
        }
        return i;
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
        String s = text(field, required, 64);
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            problems.add(path(field), "unknown value '" + s + "'; expected one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }

    /** A nested object, or null (with a problem if it is required or not an object). */
    public JsonFields object(String field, boolean required) {
        JsonNode v = present(field);
        if (v == null) {
            if (required) {
                problems.add(path(field), "is required");
            }
            return null;
        }
        if (!v.isObject()) {
            problems.add(path(field), "must be an object");
            return null;
        }
        return new JsonFields(v, path(field), problems);
    }

    /** A list of strings; each bad element is reported with its index. */
    public List<String> strings(String field, int maxItems, int maxLength) {
        JsonNode v = present(field);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            problems.add(path(field), "must be a list");
            return out;
        }
        if (v.size() > maxItems) {
            problems.add(path(field), "must have at most " + maxItems + " entries");
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            String p = path(field) + "[" + i + "]";
            if (!e.isString()) {
                problems.add(p, "must be a string");
            } else if (e.stringValue().length() > maxLength) {
                problems.add(p, "must be at most " + maxLength + " characters");
            } else {
                out.add(e.stringValue());
            }
        }
        return out;
    }
}
