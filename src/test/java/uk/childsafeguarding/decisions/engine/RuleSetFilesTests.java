package uk.childsafeguarding.decisions.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a rules directory: links inside it are refused, the directory itself may be a link (a deployment's "current" link). */
class RuleSetFilesTests {

    @TempDir
    Path dir;

    @Test
    void aLinkInsideTheRulesDirectoryIsRefusedAndTheDirectoryItselfMayBeALink() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules-2026-11/thresholds"));
        Files.writeString(rules.resolve("parameters.yaml"), "parameters: []\n");
        Path current = Files.createSymbolicLink(dir.resolve("current"), rules.getParent());
        assertThat(RuleSetFiles.fromDirectory(current).files()).containsOnlyKeys("thresholds/parameters.yaml");

        Path outside = Files.writeString(dir.resolve("outside.txt"), "not a rule\n");
        Files.createSymbolicLink(rules.resolve("linked.yaml"), outside);
        assertThatThrownBy(() -> RuleSetFiles.fromDirectory(current)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("thresholds/linked.yaml").hasMessageContaining("symbolic link");
        Files.delete(rules.resolve("linked.yaml"));
        Files.createSymbolicLink(rules.resolve("linked-folder"), dir);
        assertThatThrownBy(() -> RuleSetFiles.fromDirectory(current)).isInstanceOf(RuleSetException.class).hasMessageContaining("linked-folder");
    }
}
