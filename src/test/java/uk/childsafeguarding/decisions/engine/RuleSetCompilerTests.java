package uk.childsafeguarding.decisions.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine on small rule sets of its own: compile errors, versions, the cache and as-at dating. */
class RuleSetCompilerTests {

    @TempDir
    Path dir;

    private static final String SOURCES = "sources:\n  - {id: test-source, title: Test document, confidence: V}\n";

    private static final String DATED = """
            package thresholds;
            import uk.childsafeguarding.decisions.engine.Parameter;

            rule "Old rule"
                @id("THR-OLD-01") @source("test-source") @section("s1") @summary("in force until 2023-12-15")
                @effectiveTo("2023-12-15")
            when
                Parameter( name == "x" )
            then
            end

            rule "New rule"
                @id("THR-NEW-01") @source("test-source") @section("s2") @summary("in force from 2023-12-15")
                @effectiveFrom("2023-12-15")
            when
                Parameter( name == "x" )
            then
            end
            """;

    private Path ruleSet(String drl) throws IOException {
        Path root = dir.resolve("rules");
        Files.createDirectories(root.resolve("thresholds"));
        Files.writeString(root.resolve("sources.yaml"), SOURCES);
        Files.writeString(root.resolve("thresholds/test.drl"), drl);
        return root;
    }

    @Test
    void aRuleFileThatDoesNotCompileIsNamedWithItsLine() throws IOException {
        Path root = ruleSet("package thresholds;\n\nrule \"broken\"\nwhen\n    Foo( x == )\nthen\nend\n");
        RuleSetLoader loader = new RuleSetLoader(new RuleSetCompiler(null), List.of());
        assertThatThrownBy(() -> loader.load(root.toString()))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("thresholds/test.drl line 5");
    }

    @Test
    void theVersionIsAHashOfEveryFileAndChangesWithAnyOfThem() throws IOException {
        Path root = ruleSet(DATED);
        String v1 = RuleSetFiles.fromDirectory(root).version();
        assertThat(RuleSetFiles.fromDirectory(root).version()).isEqualTo(v1);
        Files.writeString(root.resolve("sources.yaml"), SOURCES + "  - {id: other, title: Other, confidence: U}\n");
        assertThat(RuleSetFiles.fromDirectory(root).version()).isNotEqualTo(v1).startsWith("sha256:");
    }

    @Test
    void anUnchangedRuleSetIsLoadedFromTheCacheInsteadOfRecompiled() throws IOException {
        Path root = ruleSet(DATED);
        Path cache = dir.resolve("cache");
        RuleSetFiles files = RuleSetFiles.fromDirectory(root);
        new RuleSetLoader(new RuleSetCompiler(cache), List.of()).load(files);
        Path entry = cache.resolve(files.version().substring(7) + ".kjar");
        assertThat(entry).exists();
        long written = Files.getLastModifiedTime(entry).toMillis();
        RuleSet again = new RuleSetLoader(new RuleSetCompiler(cache), List.of()).load(files);
        assertThat(Files.getLastModifiedTime(entry).toMillis()).isEqualTo(written);
        assertThat(again.rulesById()).containsKeys("THR-OLD-01", "THR-NEW-01");
    }

    @Test
    void aCorruptCacheEntryIsRecompiled() throws IOException {
        Path root = ruleSet(DATED);
        Path cache = dir.resolve("cache");
        RuleSetFiles files = RuleSetFiles.fromDirectory(root);
        Files.createDirectories(cache);
        Files.writeString(cache.resolve(files.version().substring(7) + ".kjar"), "not a jar");
        RuleSet rs = new RuleSetLoader(new RuleSetCompiler(cache), List.of()).load(files);
        assertThat(rs.rulesById()).hasSize(2);
    }

    @Test
    void datedRulesApplyInclusiveFromAndExclusiveTo() throws IOException {
        RuleSet rs = new RuleSetLoader(new RuleSetCompiler(null), List.of()).load(ruleSet(DATED).toString());
        assertThat(fired(rs, LocalDate.of(2023, 12, 14))).containsExactly("THR-OLD-01");
        assertThat(fired(rs, LocalDate.of(2023, 12, 15))).containsExactly("THR-NEW-01");
    }

    @Test
    void eachFeatureHasItsOwnRulesAndNoOther() throws IOException {
        RuleSet rs = new RuleSetLoader(new RuleSetCompiler(null), List.of()).load(ruleSet(DATED).toString());
        assertThatThrownBy(() -> rs.session("notification", LocalDate.of(2024, 1, 1)))
                .hasMessageContaining("no rules for feature 'notification'");
    }

    private static List<String> fired(RuleSet rs, LocalDate day) {
        try (RuleSession s = rs.session("thresholds", day)) {
            return s.insert(new Parameter("x", 1)).fire().stream().map(f -> f.rule().id()).toList();
        }
    }
}
