package uk.childsafeguarding.decisions.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.NullNode;

/** Where two JSON documents differ, as JSON Pointer paths with the recorded and replayed values. */
final class JsonDiff {

    record Difference(String path, JsonNode recorded, JsonNode replayed) {
    }

    private JsonDiff() {
    }

    static List<Difference> between(JsonNode recorded, JsonNode replayed, Set<String> ignored) {
        List<Difference> out = new ArrayList<>();
        walk("", recorded, replayed, ignored, out);
        return out;
    }

    private static void walk(String path, JsonNode a, JsonNode b, Set<String> ignored, List<Difference> out) {
        if (ignored.contains(path)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> names = new LinkedHashSet<>(a.propertyNames());
            names.addAll(b.propertyNames());
            for (String n : names) {
                walk(path + "/" + n.replace("~", "~0").replace("/", "~1"), value(a.get(n)), value(b.get(n)), ignored, out);
            }
        } else if (a.isArray() && b.isArray()) {
            int n = Math.max(a.size(), b.size());
            for (int i = 0; i < n; i++) {
                walk(path + "/" + i, value(a.get(i)), value(b.get(i)), ignored, out);
            }
        } else if (!a.equals(b)) {
            out.add(new Difference(path, shown(a), shown(b)));
        }
    }

    /** An absent value is reported as null. */
    private static JsonNode shown(JsonNode n) {
        return n.isMissingNode() ? NullNode.getInstance() : n;
    }

    private static JsonNode value(JsonNode n) {
        return n == null ? MissingNode.getInstance() : n;
    }
}
