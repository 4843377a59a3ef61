package uk.childsafeguarding.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A test class that Surefire's default includes (Test*, *Test, *Tests, *TestCase) do not pick up
 * never runs, and nobody notices (MalformedBodyProperties did not run for weeks). This fails the
 * build when a class holding tests or properties is named so that it would be skipped.
 */
class EveryTestClassRunsTests {

    @Test
    void everyClassWithTestsIsNamedSoSurefireRunsIt() throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(Path.of("src/test/java"))) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).as("test sources found").hasSizeGreaterThan(10);
        List<String> withTests = sources.stream().filter(p -> {
            try {
                String text = Files.readString(p);
                // an abstract contract runs through its subclasses
                return !java.util.regex.Pattern.compile("(?m)^(public )?abstract class ").matcher(text).find() && (text.contains("@Test") || text.contains("@Property") || text.contains("@TestFactory") || text.contains("@ParameterizedTest")
                        || text.contains("@Example"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).map(p -> p.getFileName().toString().replace(".java", "")).toList();
        assertThat(withTests).contains("EveryTestClassRunsTests", "MalformedBodyPropertyTests");
        assertThat(withTests).as("test classes Surefire would skip")
                .allMatch(n -> n.startsWith("Test") || n.endsWith("Test") || n.endsWith("Tests") || n.endsWith("TestCase")
                        || Files.exists(Path.of("src/test/java/uk/childsafeguarding/decisions/" + n + ".java")) && n.equals("Http"));
    }
}
