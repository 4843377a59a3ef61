package uk.childsafeguarding.decisions.whatwouldchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.childsafeguarding.decisions.engine.DatedParameters;
import uk.childsafeguarding.decisions.engine.Parameter;

/** Small helpers the candidate generators share for reading and editing request JSON. */
final class RequestEdits {

    private RequestEdits() {
    }

    /** The object member, created when absent. */
    static ObjectNode object(ObjectNode root, String name) {
        JsonNode n = root.get(name);
        return n instanceof ObjectNode o ? o : root.putObject(name);
    }

    static JsonNode at(JsonNode root, String parent, String field) {
        JsonNode p = parent == null ? root : root.get(parent);
        return p == null ? null : p.get(field);
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> out.add(v.asString()));
        }
        return out;
    }

    static void setStrings(ObjectNode root, String field, List<String> values) {
        ArrayNode a = root.putArray(field);
        values.forEach(a::add);
    }

    static boolean flag(JsonNode root, String parent, String field) {
        JsonNode v = at(root, parent, field);
        return v != null && v.isBoolean() && v.asBoolean();
    }

    /**
     * Values to try for a number the rules compare with dated parameters: just below, at and just
     * above each parameter in force on asAt whose name says it is in this unit (the name ends in
     * "Months", "Weeks" or "Years"), within the range the request accepts. Reading chosen: the
     * rules' own boundaries are the ages and gestations at which an answer can change.
     */
    static List<Integer> boundaries(List<DatedParameters> parameters, LocalDate asAt, Predicate<String> unit, int min, int max, Integer current) {
        TreeSet<Integer> values = new TreeSet<>();
        for (DatedParameters dp : parameters) {
            for (Parameter p : dp.factsAt(asAt)) {
                if (unit.test(p.getName())) {
                    for (int v = p.getValue() - 1; v <= p.getValue() + 1; v++) {
                        if (v >= min && v <= max && (current == null || v != current)) {
                            values.add(v);
                        }
                    }
                }
            }
        }
        return List.copyOf(values);
    }

    /**
     * One change for each other value of an enumerated field: its words from texts, or where the
     * rule set has a value these texts do not know, the value's name in lower case.
     * absent: what the service reads when the field is not sent (null when it must be sent).
     */
    static <E extends Enum<E>> void otherValues(List<Change> out, JsonNode request, String parent, String field, E[] values, Map<E, String> texts,
            E absent) {
        JsonNode v = at(request, parent, field);
        String now = v == null || v.isNull() ? (absent == null ? null : absent.name()) : v.asString();
        for (E e : values) {
            if (!e.name().equals(now)) {
                String text = texts.getOrDefault(e, e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
                out.add(new Change(parent == null ? field : parent + "." + field, text, v == null ? Change.Kind.ADDS : Change.Kind.ALTERS,
                        r -> (parent == null ? r : object(r, parent)).put(field, e.name())));
            }
        }
    }

    /** One change turning a yes/no field over. whenAbsent: what the service reads when it is not sent. */
    static void turnOver(List<Change> out, JsonNode request, String parent, String field, boolean whenAbsent, String ifTrue, String ifFalse) {
        JsonNode v = at(request, parent, field);
        boolean now = v == null || !v.isBoolean() ? whenAbsent : v.asBoolean();
        // a stated yes turned to no takes the fact away; a no turned to yes adds it; a yes only assumed is altered
        Change.Kind kind = !now ? Change.Kind.ADDS : v == null ? Change.Kind.ALTERS : Change.Kind.REMOVES;
        out.add(new Change(parent == null ? field : parent + "." + field, now ? ifFalse : ifTrue, kind,
                r -> (parent == null ? r : object(r, parent)).put(field, !now)));
    }
}
