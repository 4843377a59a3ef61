package uk.childsafeguarding.decisions.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.childsafeguarding.decisions.TestAccounts;

/** One process per embedded SQLite store: a second one stops at start-up saying why, instead of serving 503s. */
class SqliteStoreLockTests {

    @TempDir
    Path dir;

    @Test
    void aSecondStoreOnTheSameFileIsRefusedUntilTheFirstCloses() {
        String url = "jdbc:sqlite:" + dir.resolve("decisions.db");
        HikariDataSource first = AuditConfiguration.AuditDataSources.create(url, null, null);
        assertThatThrownBy(() -> AuditConfiguration.AuditDataSources.create(url, null, null))
                .isInstanceOf(AuditStoreInUseException.class)
                .hasMessageContaining("already in use by process " + ProcessHandle.current().pid())
                .hasMessageContaining("PostgreSQL");
        first.close();
        AuditConfiguration.AuditDataSources.create(url, null, null).close();
    }

    @Test
    void aSecondProcessOnTheSameDataFolderExitsWithAClearMessage() throws Exception {
        Path db = dir.resolve("decisions.db");
        Path log = dir.resolve("second.log");
        try (HikariDataSource first = AuditConfiguration.AuditDataSources.create("jdbc:sqlite:" + db, null, null)) {
            Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                    "-cp", System.getProperty("java.class.path"), "uk.childsafeguarding.decisions.Application",
                    "--server.port=0", "--safeguarding.rules.path=rules", "--safeguarding.rules.cache-dir=target/rule-cache",
                    "--safeguarding.audit.url=jdbc:sqlite:" + db, "--safeguarding.audit.case-reference-key-file=" + dir.resolve("key"),
                    "--safeguarding.security.accounts-file=" + TestAccounts.FILE)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                assertThat(second.waitFor(90, TimeUnit.SECONDS)).as("the second process stopped by itself").isTrue();
            } finally {
                second.destroyForcibly();
            }
            String output = Files.readString(log);
            assertThat(second.exitValue()).as(output).isNotZero();
            assertThat(output).contains("APPLICATION FAILED TO START")
                    .contains("The audit store " + db + " is already in use by process " + ProcessHandle.current().pid())
                    .contains("Only one process may serve an embedded SQLite store");
        }
    }
}
