package uk.childsafeguarding.decisions.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decision database and its WAL and shared-memory files are readable by the service's own user only. */
class AuditFilePermissionsTests {

    @TempDir
    Path dir;

    private List<Path> storeFiles(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("decisions.db")).toList();
        }
    }

    @Test
    void aNewStoreAndItsWalAreOwnerOnly() throws Exception {
        Path folder = dir.resolve("data");
        try (HikariDataSource ds = AuditConfiguration.AuditDataSources.create("jdbc:sqlite:" + folder.resolve("decisions.db"), null, null)) {
            AuditConfiguration.AuditDataSources.migrate(ds);
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO rule_set_snapshots (version, files_json, created_at) VALUES ('v', '{}', 'now')");
            }
            List<Path> files = storeFiles(folder);
            assertThat(files).extracting(p -> p.getFileName().toString()).contains("decisions.db", "decisions.db-wal", "decisions.db-shm");
            for (Path p : files) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString()).isEqualTo("rw-------");
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        }
    }

    @Test
    void anExistingWorldReadableStoreIsMadeOwnerOnlyAtStart() throws Exception {
        Path db = dir.resolve("decisions.db");
        try (HikariDataSource ds = AuditConfiguration.AuditDataSources.create("jdbc:sqlite:" + db, null, null)) {
            AuditConfiguration.AuditDataSources.migrate(ds);
        }
        for (Path p : storeFiles(dir)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        }
        try (HikariDataSource ds = AuditConfiguration.AuditDataSources.create("jdbc:sqlite:" + db, null, null)) {
            AuditConfiguration.AuditDataSources.migrate(ds);
            for (Path p : storeFiles(dir)) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString()).isEqualTo("rw-------");
            }
        }
    }
}
