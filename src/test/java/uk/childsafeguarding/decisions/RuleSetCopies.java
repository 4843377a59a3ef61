package uk.childsafeguarding.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of rules/ to change in a test (a rule change, a broken file), and edits to its files. */
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

    /** Replaces text in one file of a copied rule set, failing if the text is not there. */
    public static void edit(Path rules, String file, String from, String to) throws IOException {
        Path f = rules.resolve(file);
        String text = Files.readString(f);
        assertThat(text).as("%s contains the text to change", file).contains(from);
        Files.writeString(f, text.replace(from, to));
    }
}
