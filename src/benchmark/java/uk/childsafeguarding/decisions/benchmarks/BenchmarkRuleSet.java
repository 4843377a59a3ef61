package uk.childsafeguarding.decisions.benchmarks;

import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.childsafeguarding.decisions.RuleSetCopies;
import uk.childsafeguarding.decisions.engine.RuleSet;

/** The repository's rules/ loaded as the service loads them, without Spring. */
public final class BenchmarkRuleSet {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BenchmarkRuleSet() {
    }

    public static RuleSet load() {
        return RuleSetCopies.load(Path.of("rules"));
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
