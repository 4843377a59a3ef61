package uk.childsafeguarding.decisions.benchmarks;

import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.childsafeguarding.decisions.calendar.WorkingDayCalendar;
import uk.childsafeguarding.decisions.engine.FeatureParameters;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.engine.RuleSetCompiler;
import uk.childsafeguarding.decisions.engine.RuleSetFiles;
import uk.childsafeguarding.decisions.engine.RuleSetLoader;
import uk.childsafeguarding.decisions.partnerships.Partnerships;
import uk.childsafeguarding.decisions.review.CriteriaCatalogue;
import uk.childsafeguarding.decisions.thresholds.IndicatorCatalogue;

/** The repository's rules/ loaded as the service loads them, without Spring. */
public final class BenchmarkRuleSet {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BenchmarkRuleSet() {
    }

    public static RuleSet load() {
        return new RuleSetLoader(new RuleSetCompiler(Path.of("target/rule-cache")), List.of(new Partnerships.Parser(), new IndicatorCatalogue.Parser(),
                new FeatureParameters.Parser(), new WorkingDayCalendar.Parser(), new CriteriaCatalogue.Parser()))
                .load(RuleSetFiles.fromDirectory(Path.of("rules")));
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
