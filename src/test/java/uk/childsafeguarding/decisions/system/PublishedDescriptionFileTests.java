package uk.childsafeguarding.decisions.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;
import uk.childsafeguarding.decisions.Http;
import uk.childsafeguarding.decisions.ServiceTest;

/**
 * docs/api/openapi.json is the description for offline use and the input of the client generated at
 * build time (GeneratedClientTests): it must be what the service publishes, apart from the server
 * address springdoc fills in per request. When the description changes, this test writes the new one
 * to target/api/openapi.json and fails, naming the file to copy.
 *
 * <p>Also checks the description is complete: every operation named and tagged by feature, every
 * body typed (no "any" media type), every $ref resolving, and no schema springdoc made from a Java
 * type instead of from the schema files.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedDescriptionFileTests {

    static final Path COMMITTED = Path.of("docs/api/openapi.json");
    static final Path WRITTEN = Path.of("target/api/openapi.json");

    @LocalServerPort
    int port;

    ObjectNode served;

    @BeforeAll
    void readWhatIsServed() {
        served = (ObjectNode) Http.anonymous(port).get("/v3/api-docs").json();
        served.remove("servers");
    }

    @Test
    void theCommittedCopyIsWhatTheServicePublishes() throws IOException {
        JsonNode committed = Http.JSON.readTree(Files.readString(COMMITTED));
        if (!committed.equals(served)) {
            Files.createDirectories(WRITTEN.getParent());
            Files.writeString(WRITTEN, Http.JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(served) + "\n");
        }
        assertThat(committed).as("the description changed: review %s and copy it to %s (the generated client is built from it)",
                WRITTEN, COMMITTED).isEqualTo(served);
    }

    @Test
    void everyOperationIsNamedTaggedAndTyped() {
        List<String> problems = new ArrayList<>();
        Set<String> tags = Set.copyOf(ApiDescription.OPERATIONS.values().stream().map(ApiDescription.Named::tag).toList());
        served.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode o = op.getValue();
            if (!ApiDescription.OPERATIONS.containsKey(where)) {
                problems.add(where + ": not named in ApiDescription.OPERATIONS");
            }
            if (!o.path("tags").isArray() || o.path("tags").size() != 1 || !tags.contains(o.path("tags").get(0).asString())) {
                problems.add(where + ": tags " + o.path("tags"));
            }
            o.path("responses").properties().forEach(r -> r.getValue().path("content").properties().forEach(c -> {
                if (c.getKey().equals("*/*")) {
                    problems.add(where + " " + r.getKey() + ": answers */*");
                }
                if (!c.getValue().path("schema").has("$ref") && !c.getValue().path("schema").has("type")) {
                    problems.add(where + " " + r.getKey() + " " + c.getKey() + ": untyped body");
                }
            }));
            if (o.has("requestBody") && !o.path("requestBody").path("content").path("application/json").path("schema").has("$ref")) {
                problems.add(where + ": request body without a schema");
            }
        }));
        assertThat(problems).isEmpty();
    }

    @Test
    void everyReferenceResolvesAndEverySchemaComesFromTheSchemaFiles() {
        JsonNode schemas = served.path("components").path("schemas");
        List<String> dangling = new ArrayList<>();
        references(served, dangling, schemas);
        assertThat(dangling).isEmpty();
        assertThat(schemas.propertyNames()).doesNotContain("JsonNode", "StreamingResponseBody", "Difference", "Result", "FirstInvalid");
    }

    @Test
    void everyRequestBodyHasAnExampleTheServicesOwnSchemaAccepts(@org.springframework.beans.factory.annotation.Autowired ApiSchemas schemas,
            @org.springframework.beans.factory.annotation.Autowired uk.childsafeguarding.decisions.engine.RuleSetHolder rules) {
        List<String> problems = new ArrayList<>();
        served.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            JsonNode media = op.getValue().path("requestBody").path("content").path("application/json");
            if (media.isMissingNode()) {
                return;
            }
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            if (!media.path("examples").isObject() || media.path("examples").isEmpty()) {
                problems.add(where + ": no example");
                return;
            }
            String component = media.path("schema").path("$ref").asString().substring("#/components/schemas/".length());
            media.path("examples").forEach(example -> {
                Problems found = new Problems();
                JsonNode value = example.path("value");
                String feature = ApiDescription.ASSESSMENTS.values().stream().filter(a -> a.request().equals(component))
                        .map(ApiDescription.Assessment::feature).findFirst().orElse(null);
                if (feature != null) {
                    schemas.problems(feature, value, rules.current()).forEach(e -> found.add(e.field(), e.message()));
                } else {
                    schemas.check(component, value, rules.current(), found);
                }
                if (!found.isEmpty()) {
                    problems.add(where + ": example refused");
                }
            });
        }));
        assertThat(problems).isEmpty();
    }

    @Test
    void noListOrObjectHasSeveralTypesForGenerators() {
        // nullable lists and objects are published as anyOf [X, null], which openapi-generator reads
        List<String> multi = new ArrayList<>();
        multiTyped(served.path("components"), "", multi);
        assertThat(multi).isEmpty();
    }

    private static void references(JsonNode node, List<String> dangling, JsonNode schemas) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && (!ref.asString().startsWith("#/components/schemas/")
                    || !schemas.has(ref.asString().substring("#/components/schemas/".length())))) {
                dangling.add(ref.asString());
            }
            node.values().forEach(v -> references(v, dangling, schemas));
        } else if (node.isArray()) {
            node.forEach(v -> references(v, dangling, schemas));
        }
    }

    private static void multiTyped(JsonNode node, String at, List<String> found) {
        if (node.isObject()) {
            JsonNode type = node.get("type");
            if (type != null && type.isArray()) {
                List<String> types = new ArrayList<>();
                type.forEach(t -> types.add(t.asString()));
                if (types.contains("array") || types.contains("object")) {
                    found.add(at + " " + types);
                }
            }
            node.properties().forEach(e -> multiTyped(e.getValue(), at + "/" + e.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                multiTyped(node.get(i), at + "/" + i, found);
            }
        }
    }
}
