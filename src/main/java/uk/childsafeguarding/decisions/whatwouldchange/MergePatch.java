package uk.childsafeguarding.decisions.whatwouldchange;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Merge Patch (RFC 7386): applying a patch, and the patch that turns one request into another.
 * Arrays are replaced whole, as the RFC requires, so a changed indicator list is sent in full.
 */
final class MergePatch {

    private MergePatch() {
    }

    /** RFC 7386 section 2, MergePatch(Target, Patch). */
    static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? (ObjectNode) target.deepCopy() : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> e : patch.properties()) {
            if (e.getValue().isNull()) {
                result.remove(e.getKey());
            } else {
                result.set(e.getKey(), apply(result.get(e.getKey()), e.getValue()));
            }
        }
        return result;
    }

    /** The smallest merge patch p with apply(from, p) equal to to (to holds no JSON nulls: a removed member is absent). */
    static ObjectNode diff(JsonNode from, JsonNode to) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        for (String name : from.propertyNames()) {
            if (!to.has(name)) {
                patch.set(name, JsonNodeFactory.instance.nullNode());
            }
        }
        for (Map.Entry<String, JsonNode> e : to.properties()) {
            JsonNode before = from.get(e.getKey());
            JsonNode after = e.getValue();
            if (before == null) {
                patch.set(e.getKey(), after.deepCopy());
            } else if (!before.equals(after)) {
                patch.set(e.getKey(), before.isObject() && after.isObject() ? diff(before, after) : after.deepCopy());
            }
        }
        return patch;
    }
}
