package uk.childsafeguarding.decisions.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import uk.childsafeguarding.decisions.engine.RuleSet;

/**
 * The JSON Schemas (draft 2020-12) of the API's bodies, in src/main/resources/schemas: one file per
 * assessment request ("thresholds-request.schema.json", ...) and one for the responses. They are the one
 * source of truth for the request shapes: {@link #problems} validates incoming requests with them and the
 * API description publishes them (ApiDescription), so the two cannot drift.
 *
 * <p>Reading chosen: the hand-written readers (ThresholdRequestReader, ...) stay, because they check what
 * a schema cannot (a partnership in force, dates not after asAt, unborn children's facts) and their
 * messages are the contract clients already parse. The schema's findings are added to theirs for every
 * field they did not already report, and a request the readers accept but the schema refuses is a 400,
 * so the published schema can never be looser or stricter than what the service accepts without a test
 * failing.
 */
@Component
public class ApiSchemas implements org.springframework.beans.factory.SmartInitializingSingleton {

    public static final String BASE = "https://schemas.childsafeguarding.uk/";
    public static final List<String> FEATURES = List.of("thresholds", "notification", "review");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The schema files, read on a start-up thread (the first use of Jackson 2 and the validator is slow to load). */
    private final StartUpWork<Map<String, ObjectNode>> files;
    private final Map<String, SchemaVocabulary> vocabularies = new LinkedHashMap<>();
    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

    public ApiSchemas(List<SchemaVocabulary> vocabularies) {
        vocabularies.forEach(v -> this.vocabularies.put(v.feature(), v));
        files = StartUpWork.onItsOwnThread("api-schemas-start-up-load", ApiSchemas::readFiles);
    }

    /** Before the web server starts: the files are read (an unreadable one stops start-up). */
    @Override
    public void afterSingletonsInstantiated() {
        files.get();
    }

    private static Map<String, ObjectNode> readFiles() {
        Map<String, ObjectNode> read = new LinkedHashMap<>();
        for (String feature : FEATURES) {
            read.put(feature, load(requestFile(feature)));
        }
        read.put("responses", load("responses.schema.json"));
        read.put("operations", load("operations.schema.json"));
        // compiles a throw-away registry so the validator's classes are loaded before the first request
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        return read;
    }

    public static String requestFile(String feature) {
        return feature + "-request.schema.json";
    }

    private static ObjectNode load(String name) {
        try (InputStream in = new ClassPathResource("schemas/" + name).getInputStream()) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schemas/" + name, e);
        }
    }

    /** The request schema of a feature, with the rule set's codes; the other files under "responses" and "operations". */
    public ObjectNode schema(String name, RuleSet ruleSet) {
        return compiled(ruleSet).documents.get(name).deepCopy();
    }

    /**
     * Every field of a request body the feature's schema refuses, with today's field paths
     * ("incident.localAuthorityAwareDate", "indicators[2]") and messages in the readers' words.
     */
    public List<FieldError> problems(String feature, tools.jackson.databind.JsonNode body, RuleSet ruleSet) {
        Schema schema = FEATURES.contains(feature) ? compiled(ruleSet).schema(requestFile(feature)) : null;
        if (schema == null) {
            return List.of();
        }
        JsonNode node = jackson2(body);
        Map<String, FieldError> byField = new LinkedHashMap<>();
        for (Error e : schema.validate(node)) {
            String field = field(e);
            byField.putIfAbsent(field, new FieldError(field, message(e)));
        }
        return new ArrayList<>(byField.values());
    }

    /**
     * The same tree in Jackson 2's nodes (the validator's), copied node by node: before, the body was
     * written out as text and parsed again, on every request. Each JSON value maps to the node Jackson
     * 2's parser would have made of the same text (ints, longs and big integers as such, other numbers
     * as the parsed double or decimal), so the validator sees what it saw before.
     */
    static JsonNode jackson2(tools.jackson.databind.JsonNode n) {
        com.fasterxml.jackson.databind.node.JsonNodeFactory f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        if (n == null || n.isMissingNode()) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        if (n.isObject()) {
            ObjectNode out = f.objectNode();
            for (Map.Entry<String, tools.jackson.databind.JsonNode> e : n.properties()) {
                out.set(e.getKey(), jackson2(e.getValue()));
            }
            return out;
        }
        if (n.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode out = f.arrayNode(n.size());
            for (tools.jackson.databind.JsonNode e : n) {
                out.add(jackson2(e));
            }
            return out;
        }
        if (n.isString()) {
            return f.textNode(n.asString());
        }
        if (n.isBoolean()) {
            return f.booleanNode(n.booleanValue());
        }
        if (n.isNull()) {
            return f.nullNode();
        }
        if (n.isInt()) {
            return f.numberNode(n.intValue());
        }
        if (n.isLong()) {
            return f.numberNode(n.longValue());
        }
        if (n.isBigInteger()) {
            return f.numberNode(n.bigIntegerValue());
        }
        if (n.isBigDecimal()) {
            return f.numberNode(n.decimalValue());
        }
        if (n.isFloat()) {
            return f.numberNode(n.floatValue());
        }
        if (n.isDouble() && Double.isFinite(n.doubleValue())) {
            return f.numberNode(n.doubleValue());
        }
        // anything else (a number too large for a double, which Jackson 3 writes as the string
        // "Infinity", or a node not made by parsing JSON): as before, through its text
        try {
            return JSON.readTree(n.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The readers' problem with the schema's findings added, for the fields the readers did not report
     * (nor a field inside or around one they did, so one mistake is not reported twice in two words).
     */
    public ApiProblem withSchemaFindings(ApiProblem p, String feature, tools.jackson.databind.JsonNode body, RuleSet ruleSet) {
        if (p.status() != 400 || p.errors().isEmpty() || p.errors().stream().anyMatch(e -> e.field().isEmpty())) {
            return p;
        }
        List<FieldError> all = new ArrayList<>(p.errors());
        for (FieldError s : problems(feature, body, ruleSet)) {
            if (all.stream().noneMatch(r -> overlaps(r.field(), s.field()))) {
                all.add(s);
            }
        }
        return all.size() == p.errors().size() ? p : ApiProblem.invalid(all);
    }

    /**
     * The other bodies the service reads by hand (outcomes, replays, impact jobs, policy sign-offs) are
     * checked against their published component in operations.schema.json as well: the schema's
     * findings are added for every field the reader has not already reported.
     */
    public void check(String component, tools.jackson.databind.JsonNode body, RuleSet ruleSet, Problems problems) {
        Schema schema = compiled(ruleSet).schema("operations.schema.json#/$defs/" + component);
        for (Error e : schema.validate(jackson2(body))) {
            String field = field(e);
            if (!problems.touches(field)) {
                problems.add(field, message(e));
            }
        }
    }

    static boolean overlaps(String a, String b) {
        return a.equals(b) || within(a, b) || within(b, a);
    }

    private static boolean within(String inner, String outer) {
        return outer.isEmpty() || inner.startsWith(outer + ".") || inner.startsWith(outer + "[");
    }

    /** The documents with the rule set's codes, and their schemas by location below BASE, compiled when first used. */
    private record Compiled(Map<String, ObjectNode> documents, SchemaRegistry registry, Map<String, Schema> schemas) {
        Schema schema(String location) {
            return schemas.computeIfAbsent(location, l -> registry.getSchema(SchemaLocation.of(BASE + l)));
        }
    }

    private Compiled compiled(RuleSet ruleSet) {
        // one per rule set version: a reload can change the indicator catalogue or the criteria
        return compiled.computeIfAbsent(ruleSet.version(), v -> {
            if (compiled.size() > 8) {
                compiled.clear();
            }
            Map<String, ObjectNode> documents = new LinkedHashMap<>();
            Map<String, String> byId = new LinkedHashMap<>();
            files.get().forEach((name, file) -> {
                ObjectNode doc = file.deepCopy();
                SchemaVocabulary vocabulary = vocabularies.get(name);
                if (vocabulary != null) {
                    vocabulary.describe(doc, ruleSet);
                }
                documents.put(name, doc);
                byId.put(doc.get("$id").asText(), doc.toString());
            });
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(byId));
            Compiled c = new Compiled(documents, registry, new ConcurrentHashMap<>());
            FEATURES.forEach(feature -> c.schema(requestFile(feature)));
            return c;
        });
    }

    /** "child.ageMonths", "indicators[2]": the readers' field paths. */
    static String field(Error e) {
        StringBuilder out = new StringBuilder();
        NodePath at = e.getInstanceLocation();
        for (int i = 0; i < at.getNameCount(); i++) {
            append(out, at.getElement(i));
        }
        String keyword = e.getKeyword();
        if (e.getProperty() != null && ("required".equals(keyword) || "additionalProperties".equals(keyword))) {
            append(out, e.getProperty());
        }
        return out.toString();
    }

    private static void append(StringBuilder out, Object element) {
        if (element instanceof Integer index) {
            out.append('[').append(index).append(']');
        } else {
            if (!out.isEmpty()) {
                out.append('.');
            }
            out.append(element);
        }
    }

    /** The readers' wording for the common cases; the validator's own message otherwise. */
    static String message(Error e) {
        JsonNode s = e.getSchemaNode();
        return switch (e.getKeyword() == null ? "" : e.getKeyword()) {
            case "required" -> "is required";
            case "additionalProperties" -> "unknown field";
            case "type" -> typeMessage(s);
            case "enum" -> "unknown value " + (e.getInstanceNode() == null ? "" : e.getInstanceNode().toString().replace('"', '\'')) + "; expected one of "
                    + String.join(", ", texts(s));
            case "maxLength" -> "must be at most " + s.asInt() + " characters";
            case "maxItems" -> "must have at most " + s.asInt() + " entries";
            case "uniqueItems" -> "lists a value more than once";
            default -> e.getMessage();
        };
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> {
                if (!v.isNull()) {
                    out.add(v.asText());
                }
            });
        }
        return out;
    }

    private static String typeMessage(JsonNode type) {
        String first = type == null ? "" : type.isArray() ? type.get(0).asText() : type.asText();
        return switch (first) {
            case "string" -> "must be a string";
            case "integer" -> "must be a whole number";
            case "boolean" -> "must be true or false";
            case "array" -> "must be a list";
            case "object" -> "must be an object";
            default -> "must be " + first;
        };
    }
}
