package uk.childsafeguarding.decisions.benchmarks;

import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Starts real PostgreSQL (binaries from Maven Central) on this machine for the load test, prints its JDBC URL and runs until killed. */
public final class PostgresForLoad {

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE loadtest");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception ignored) {
                // shutting down
            }
        }));
        System.out.println(pg.getJdbcUrl("postgres", "loadtest"));
        System.out.flush();
        Thread.currentThread().join();
    }
}
