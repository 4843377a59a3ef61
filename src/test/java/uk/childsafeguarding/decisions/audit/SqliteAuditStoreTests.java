package uk.childsafeguarding.decisions.audit;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The audit store contract on the embedded SQLite file store (the default). */
class SqliteAuditStoreTests extends AuditStoreContract {

    @TempDir
    Path dir;

    @Override
    String freshUrl() {
        return "jdbc:sqlite:" + dir.resolve("decisions.db");
    }

    @Override
    String[] dropAppendOnlyGuards() {
        return new String[] {"DROP TRIGGER decision_records_no_update", "DROP TRIGGER decision_records_no_delete"};
    }

    @Override
    String[] dropCheckpointGuards() {
        return new String[] {"DROP TRIGGER audit_checkpoints_no_update", "DROP TRIGGER audit_checkpoints_no_delete"};
    }
}
