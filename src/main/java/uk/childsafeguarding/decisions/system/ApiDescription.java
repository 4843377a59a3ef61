package uk.childsafeguarding.decisions.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import uk.childsafeguarding.decisions.engine.RuleSetHolder;

/**
 * The published API description (/v3/api-docs, OpenAPI 3.1): springdoc finds the operations; this adds
 * what the hand-read bodies hide from it. Request and response bodies are the JSON Schemas of
 * src/main/resources/schemas (the same ones ApiSchemas validates requests with), their $defs published
 * as components; every operation gets an id, a tag by feature and its problem+json answers; each
 * assessment gets an example request taken from a scenario under test-scenarios/.
 *
 * <p>Reading chosen: the rule set's codes (indicators, criteria) are those of the rule set loaded when the
 * description is first asked for; springdoc keeps the description, so after a rule reload it is
 * published again only when the service restarts.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where an operation belongs, by the words the README and the folders use. */
    record Named(String tag, String operationId, String summary) {
    }

    static final Map<String, Named> OPERATIONS = new LinkedHashMap<>();

    static {
        put("POST /api/v1/threshold-assessments", "thresholds", "assessThreshold", "Suggest a level of need for a concern about a child");
        put("GET /api/v1/indicators", "thresholds", "listIndicators", "The indicator catalogue, grouped by the assessment triangle");
        put("POST /api/v1/notification-assessments", "notification", "assessNotification", "Whether the local authority must notify the Panel");
        put("POST /api/v1/review-assessments", "review", "assessReview", "Whether the partners should commission a local review");
        put("GET /api/v1/decisions/{id}", "decisions", "getDecision", "A stored decision with its request, response, versions and outcomes");
        put("GET /api/v1/decisions", "decisions", "listDecisions", "Stored decisions, paged and filtered");
        put("GET /api/v1/decisions/summary", "decisions", "summariseDecisions", "Decisions by partnership, type, month and outcome");
        put("GET /api/v1/decisions/export", "decisions", "exportDecisions", "Export decisions as JSON lines or CSV");
        put("POST /api/v1/decisions/{id}/outcome", "outcomes", "recordOutcome", "Record the practitioner's own final decision");
        put("GET /api/v1/decisions/{id}/what-would-change", "what-would-change", "whatWouldChange", "The smallest changes that would change a decision's answer");
        put("POST /api/v1/decisions/{id}/replay", "replays", "replayDecision", "Replay a stored decision against its original or the current rule set");
        put("POST /api/v1/replays", "replays", "startImpactReplay", "Impact of a rule set on past decisions (an impact job)");
        put("GET /api/v1/replays/{jobId}", "replays", "getImpactReplay", "Progress or result of an impact job");
        put("GET /api/v1/audit/verification", "verification", "verifyChain", "Check the hash chain of every record");
        put("GET /api/v1/decisions/{id}/proof", "verification", "getInclusionProof", "Proof that a decision is in a signed checkpoint");
        put("GET /api/v1/audit/public-key", "verification", "getPublicKey", "The key checkpoints are signed with (PEM)");
        put("GET /api/v1/audit/checkpoints", "verification", "listCheckpoints", "Signed checkpoints of the chain");
        put("GET /api/v1/audit/chain", "exports", "exportChain", "The chain of records for offline verification");
        put("GET /api/v1/partnerships", "partnerships", "listPartnerships", "Partnerships, areas, local level labels and dated front doors");
        put("GET /api/v1/partnerships/{id}/policy", "partnerships", "getPolicyDigest", "Everything the service will say for a partnership on a date, with its sign-off");
        put("POST /api/v1/partnerships/{id}/policy/sign-off", "partnerships", "signOffPolicy", "A policy owner signs off the partnership's policy");
        put("GET /api/v1/rules", "rules", "getRuleSet", "The loaded rule set");
        put("POST /api/v1/rules/reload", "rules", "reloadRules", "Load the rule set again");
    }

    private static void put(String key, String tag, String id, String summary) {
        OPERATIONS.put(key, new Named(tag, id, summary));
    }

    /** The assessments: request schema file, response component, scenario used as the example. */
    record Assessment(String feature, String request, String response, String exampleScenario) {
    }

    static final Map<String, Assessment> ASSESSMENTS = Map.of(
            "/api/v1/threshold-assessments", new Assessment("thresholds", "ThresholdRequest", "ThresholdAssessment",
                    "test-scenarios/thresholds/nim-five-months-always-non-mobile.yaml"),
            "/api/v1/notification-assessments", new Assessment("notification", "NotificationRequest", "NotificationAssessment",
                    "test-scenarios/notification/death-in-childrens-home.yaml"),
            "/api/v1/review-assessments", new Assessment("review", "ReviewRequest", "ReviewAssessment",
                    "test-scenarios/review/covid-relaxation-of-publication.yaml"));

    /** The other operations' bodies: the request component (or null) and the component answered with each success status. */
    record Bodies(String request, Map<String, String> responses) {
    }

    static final Map<String, Bodies> BODIES = Map.ofEntries(
            Map.entry("GET /api/v1/decisions/{id}", new Bodies(null, Map.of("200", "Decision"))),
            Map.entry("GET /api/v1/decisions", new Bodies(null, Map.of("200", "DecisionPage"))),
            Map.entry("GET /api/v1/decisions/summary", new Bodies(null, Map.of("200", "DecisionsSummary"))),
            Map.entry("POST /api/v1/decisions/{id}/outcome", new Bodies("OutcomeRequest", Map.of("201", "OutcomeRecorded"))),
            Map.entry("GET /api/v1/decisions/{id}/what-would-change", new Bodies(null, Map.of("200", "WhatWouldChange"))),
            Map.entry("POST /api/v1/decisions/{id}/replay", new Bodies("ReplayRequest", Map.of("200", "ReplayResult"))),
            Map.entry("POST /api/v1/replays", new Bodies("ImpactReplayRequest", Map.of("200", "ImpactJob", "202", "ImpactJob"))),
            Map.entry("GET /api/v1/replays/{jobId}", new Bodies(null, Map.of("200", "ImpactJob"))),
            Map.entry("GET /api/v1/audit/verification", new Bodies(null, Map.of("200", "ChainVerification"))),
            Map.entry("GET /api/v1/partnerships", new Bodies(null, Map.of("200", "Partnerships"))),
            Map.entry("GET /api/v1/partnerships/{id}/policy", new Bodies(null, Map.of("200", "PolicyDigest"))),
            Map.entry("POST /api/v1/partnerships/{id}/policy/sign-off", new Bodies("PolicySignOffRequest", Map.of("201", "PolicySignOffRecorded"))),
            Map.entry("GET /api/v1/decisions/{id}/proof", new Bodies(null, Map.of("200", "InclusionProof"))),
            Map.entry("GET /api/v1/indicators", new Bodies(null, Map.of("200", "Indicators"))),
            Map.entry("GET /api/v1/rules", new Bodies(null, Map.of("200", "RuleSetInfo"))),
            Map.entry("POST /api/v1/rules/reload", new Bodies(null, Map.of("200", "RuleSetInfo"))));

    /** The downloads: each media type with what one line (or row) of it is. */
    static final Map<String, Map<String, String>> DOWNLOADS = Map.of(
            "GET /api/v1/decisions/export", Map.of(
                    "application/x-ndjson", "One JSON object per line (format=jsonl, the default): a decision as GET /api/v1/decisions/{id} answers it.",
                    "text/csv", "format=csv: a header row, then one row per decision (seq, id, type, partnership, asAt, outcome, versions, requestedBy, createdAt, hash); no request or response bodies."),
            "GET /api/v1/audit/checkpoints", Map.of(
                    "application/x-ndjson", "Every signed checkpoint, oldest first, one JSON object per line (the Checkpoint schema): the --checkpoints file of the offline verifier."),
            "GET /api/v1/audit/chain", Map.of(
                    "application/x-ndjson", "The chain in order, one JSON object per record: the --export file of the offline verifier; other partnerships' records carry only their hashes."));

    private static void download(Operation op, Map<String, String> types) {
        Content content = new Content();
        types.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> content.addMediaType(e.getKey(),
                new MediaType().schema(new Schema<String>().types(java.util.Set.of("string")).description(e.getValue()))));
        ApiResponses responses = new ApiResponses();
        responses.addApiResponse("200", new ApiResponse().description("A download (Content-Disposition: attachment)").content(content));
        op.setResponses(responses);
    }

    /** An example of each request body besides the assessments (whose examples are scenario files). */
    static final Map<String, Map<String, Object>> REQUEST_EXAMPLES = Map.of(
            "OutcomeRequest", Map.of("agreed", false, "finalLevel", 2, "reason", "Discussed with the designated safeguarding lead: early help first, reviewed in four weeks."),
            "ReplayRequest", Map.of("against", "ORIGINAL"),
            "ImpactReplayRequest", Map.of("type", "thresholds", "from", "2026-01-01", "to", "2026-06-30", "against", "CURRENT", "waitSeconds", 20),
            "PolicySignOffRequest", Map.of("comment", "Checked against the threshold document and the local protocol, sections 3 and 4."));

    private static void bodies(Operation op, Bodies b) {
        if (b.request() != null) {
            MediaType request = new MediaType().schema(ref(b.request()));
            Map<String, Object> example = REQUEST_EXAMPLES.get(b.request());
            if (example != null) {
                request.addExamples("example", new Example().value(new java.util.TreeMap<>(example)));
            }
            op.setRequestBody(new RequestBody().required(true).content(new Content().addMediaType("application/json", request)));
        }
        ApiResponses responses = new ApiResponses();
        b.responses().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> responses.addApiResponse(e.getKey(),
                new ApiResponse().description(e.getKey().equals("202") ? "Still running: poll the job at Location" : "Done")
                        .content(new Content().addMediaType("application/json", new MediaType().schema(ref(e.getValue()))))));
        op.setResponses(responses);
    }

    @Bean
    OpenApiCustomizer safeguardingApiDescription(ApiSchemas schemas, RuleSetHolder rules) {
        return openApi -> describe(openApi, schemas, rules);
    }

    static void describe(OpenAPI openApi, ApiSchemas schemas, RuleSetHolder rules) {
        openApi.info(new Info().title("Safeguarding decision support API").version("v1")
                .description("Explained recommendations for children's safeguarding partnerships: threshold checks, Panel notifications and "
                        + "review decisions, each stored with its reasons and rule set version. Errors are application/problem+json with "
                        + "an `errors` array naming every bad field. The recommendations support, and do not replace, professional judgement."));
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
        components.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"));
        openApi.setSecurity(List.of(new SecurityRequirement().addList("basic"), new SecurityRequirement().addList("bearer")));

        var ruleSet = rules.current();
        java.util.Set<String> published = new java.util.HashSet<>();
        for (String feature : ApiSchemas.FEATURES) {
            publish(components, published, schemas.schema(feature, ruleSet));
        }
        publish(components, published, schemas.schema("responses", ruleSet));
        publish(components, published, schemas.schema("operations", ruleSet));

        List<String> tags = new ArrayList<>();
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            Named named = OPERATIONS.get(method.name() + " " + path);
            if (named != null) {
                op.setOperationId(named.operationId());
                op.setSummary(named.summary());
                op.setTags(List.of(named.tag()));
                if (!tags.contains(named.tag())) {
                    tags.add(named.tag());
                }
            }
            Bodies bodies = BODIES.get(method.name() + " " + path);
            if (bodies != null) {
                bodies(op, bodies);
            }
            Map<String, String> download = DOWNLOADS.get(method.name() + " " + path);
            if (download != null) {
                download(op, download);
            }
            Assessment a = ASSESSMENTS.get(path);
            if (a != null && method == PathItem.HttpMethod.POST) {
                assessment(op, a);
            }
            problems(op, method, path, a != null);
        }));
        openApi.setTags(tags.stream().map(t -> new Tag().name(t)).toList());
        // springdoc also describes the Java return types (JsonNode, StreamingResponseBody, records);
        // every operation now points at the schema files instead, so only those are published
        components.getSchemas().keySet().retainAll(published);
    }

    private static void assessment(Operation op, Assessment a) {
        MediaType request = new MediaType().schema(ref(a.request()));
        JsonNode scenario = scenario(a.exampleScenario());
        if (scenario != null) {
            request.addExamples("scenario", new Example().summary(scenario.path("name").asText())
                    .description("From " + a.exampleScenario()).value(JSON.convertValue(scenario.get("request"), Object.class)));
        }
        op.setRequestBody(new RequestBody().required(true).content(new Content().addMediaType("application/json", request)));
        ApiResponses responses = new ApiResponses();
        responses.addApiResponse("200", new ApiResponse().description("The recommendation, as stored under its decisionId")
                .addHeaderObject("X-Rule-Set-Version", new Header().description("The rule set version that made the decision").schema(new Schema<String>().type("string").types(java.util.Set.of("string"))))
                .content(new Content().addMediaType("application/json", new MediaType().schema(ref(a.response())))));
        op.setResponses(responses);
    }

    /** The problem+json answers an operation can give; the readers' field paths appear in errors[].field. */
    private static void problems(Operation op, PathItem.HttpMethod method, String path, boolean assessment) {
        if (!path.startsWith("/api/")) {
            return;
        }
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        op.setResponses(responses);
        boolean body = method == PathItem.HttpMethod.POST;
        add(responses, "400", body ? "The request is not valid: errors names every bad field (malformed JSON, bodies over 64 KiB, unknown fields or codes)"
                : "The request is not valid (a parameter, or an address the firewall refuses)");
        if (!path.equals("/api/v1/audit/public-key")) {
            add(responses, "401", "Not signed in (HTTP Basic or a bearer token)");
            add(responses, "403", "Signed in without the role this needs for the partnership");
        }
        if (path.contains("{")) {
            add(responses, "404", "No such record, or one in a partnership the user cannot see");
        }
        if (body) {
            add(responses, "415", "The body is not application/json");
        }
        if (path.endsWith("/proof")) {
            add(responses, "409", "No proof can be given yet: no signed checkpoint covers the decision, or it predates content hashes");
        }
        if (assessment || path.endsWith("/outcome")) {
            add(responses, "422", "asAt before 2018-06-29, a partnership not answering on asAt, or an outcome that is not one of the answer's codes");
        }
        add(responses, "429", "Too many failed sign-ins from this address or for this user; try again later");
        add(responses, "503", "The service could not store or read the record; nothing was stored");
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType("application/problem+json", new MediaType().schema(ref("Problem")))));
        }
    }

    private static Schema<?> ref(String component) {
        return new Schema<>().$ref("#/components/schemas/" + component);
    }

    /** A schema file's $defs become components; the file itself (when it is a request) becomes one named by its title. */
    private static void publish(Components components, java.util.Set<String> published, ObjectNode document) {
        ObjectNode doc = document.deepCopy();
        rewriteRefs(doc);
        nullableAsAnyOf(doc);
        JsonNode defs = doc.remove("$defs");
        if (defs != null) {
            defs.properties().forEach(e -> add(components, published, e.getKey(), e.getValue()));
        }
        doc.remove("$schema");
        doc.remove("$id");
        if (doc.has("properties")) {
            add(components, published, doc.path("title").asText(), doc);
        }
    }

    /**
     * One name space for every file's $defs: two files defining one name would silently replace one
     * schema with the other. A schema springdoc generated from a return type of the same name is replaced.
     */
    private static void add(Components components, java.util.Set<String> published, String name, JsonNode schema) {
        if (!published.add(name)) {
            throw new IllegalStateException("two schema files define " + name);
        }
        components.addSchemas(name, schema(schema));
    }

    private static Schema<?> schema(JsonNode node) {
        return Json31.mapper().convertValue(node, Schema.class);
    }

    /** "#/$defs/Outcome" and "notification-request.schema.json#/$defs/Outcome" both name the component Outcome. */
    private static void rewriteRefs(JsonNode node) {
        if (node instanceof ObjectNode o) {
            JsonNode ref = o.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().contains("#/$defs/")) {
                o.set("$ref", TextNode.valueOf("#/components/schemas/" + ref.asText().substring(ref.asText().indexOf("#/$defs/") + 8)));
            }
            for (Iterator<JsonNode> it = o.elements(); it.hasNext();) {
                rewriteRefs(it.next());
            }
        } else if (node.isArray()) {
            node.forEach(ApiDescription::rewriteRefs);
        }
    }

    /**
     * A list or object that may also be null is written in the schema files as {"type": ["array", "null"]},
     * which the request validator reports in the readers' words; it is published in the equivalent form
     * {"anyOf": [{"type": "array", ...}, {"type": "null"}]}, the one client generators read as a nullable
     * list or object (openapi-generator 7 cannot generate a class for a multi-type array or object).
     */
    static void nullableAsAnyOf(JsonNode node) {
        if (node instanceof ObjectNode o) {
            JsonNode type = o.get("type");
            if (type != null && type.isArray() && type.size() == 2 && has(type, "null") && (has(type, "array") || has(type, "object"))) {
                ObjectNode inner = o.deepCopy();
                inner.put("type", has(type, "array") ? "array" : "object");
                JsonNode description = inner.remove("description");
                o.removeAll();
                if (description != null) {
                    o.set("description", description);
                }
                o.putArray("anyOf").add(inner).addObject().put("type", "null");
            }
            for (Iterator<JsonNode> it = o.elements(); it.hasNext();) {
                nullableAsAnyOf(it.next());
            }
        } else if (node != null && node.isArray()) {
            node.forEach(ApiDescription::nullableAsAnyOf);
        }
    }

    private static boolean has(JsonNode array, String value) {
        for (JsonNode v : array) {
            if (v.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    static JsonNode scenario(String resource) {
        ClassPathResource r = new ClassPathResource(resource);
        if (!r.exists()) {
            return null;
        }
        try (InputStream in = r.getInputStream()) {
            return JSON.valueToTree(new org.yaml.snakeyaml.Yaml().load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
