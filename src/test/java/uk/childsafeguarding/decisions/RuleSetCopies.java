package uk.childsafeguarding.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import uk.childsafeguarding.decisions.calendar.WorkingDayCalendar;
import uk.childsafeguarding.decisions.engine.FeatureParameters;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.engine.RuleSetCompiler;
import uk.childsafeguarding.decisions.engine.RuleSetFiles;
import uk.childsafeguarding.decisions.engine.RuleSetLoader;
import uk.childsafeguarding.decisions.partnerships.Partnerships;
import uk.childsafeguarding.decisions.review.CriteriaCatalogue;
import uk.childsafeguarding.decisions.thresholds.IndicatorCatalogue;

/**
 * A copy of rules/ to change in a test (a rule change, a broken file), edits to its files, and a rule
 * folder loaded as the service loads it without Spring (also used by the JMH benchmarks).
 */
public final class RuleSetCopies {

    private RuleSetCopies() {
    }

    /** Copies rules/ into {@code dir}/rules and returns that folder. */
    public static Path copyOfRules(Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        try (Stream<Path> walk = Files.walk(Path.of("rules"))) {
            for (Path p : walk.toList()) {
                Path target = rules.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return rules;
    }

    /** The rule set in a folder (usually rules/), compiled through the shared cache in target/rule-cache. */
    public static RuleSet load(Path rules) {
        return new RuleSetLoader(new RuleSetCompiler(Path.of("target/rule-cache")), List.of(new Partnerships.Parser(), new IndicatorCatalogue.Parser(),
                new FeatureParameters.Parser(), new WorkingDayCalendar.Parser(), new CriteriaCatalogue.Parser()))
                .load(RuleSetFiles.fromDirectory(rules));
    }

    /** Replaces text in one file of a copied rule set, failing if the text is not there. */
    public static void edit(Path rules, String file, String from, String to) throws IOException {
        Path f = rules.resolve(file);
        String text = Files.readString(f);
        assertThat(text).as("%s contains the text to change", file).contains(from);
        Files.writeString(f, text.replace(from, to));
    }
}
