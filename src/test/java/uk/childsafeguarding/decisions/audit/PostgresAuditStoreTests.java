package uk.childsafeguarding.decisions.audit;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The audit store contract on real PostgreSQL (binaries from Maven Central), a fresh database per test. */
class PostgresAuditStoreTests extends AuditStoreContract {

    private static EmbeddedPostgres postgres;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    static String freshDatabase(EmbeddedPostgres pg) throws Exception {
        String name = "audit_" + DATABASES.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return pg.getJdbcUrl("postgres", name);
    }

    @Override
    String freshUrl() throws Exception {
        return freshDatabase(postgres);
    }

    @Override
    String[] dropAppendOnlyGuards() {
        return new String[] {"DROP TRIGGER decision_records_no_change ON decision_records"};
    }

    @Override
    String[] dropCheckpointGuards() {
        return new String[] {"DROP TRIGGER audit_checkpoints_no_change ON audit_checkpoints"};
    }
}
