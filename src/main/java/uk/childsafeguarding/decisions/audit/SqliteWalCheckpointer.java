package uk.childsafeguarding.decisions.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the SQLite write-ahead log back into the database file on its own thread and connection,
 * so the one writer of the decision chain never does it inline.
 *
 * <p>Why: SQLite's automatic checkpoint runs inside the commit that crosses 1,000 WAL pages (4 MB);
 * at a few thousand stored decisions a second (about 6 KB each) that is several times a second, on
 * the writer thread, and each includes an fsync of the database file, which on the development disk
 * sometimes takes hundreds of milliseconds: every request in the batch waits for it. The pool's
 * connections therefore run with {@code wal_autocheckpoint=0} and this thread checkpoints instead.
 *
 * <p>Durability is unchanged: a decision is durable when its commit is in the WAL and the WAL is
 * synced ({@code synchronous=FULL}), before it is answered; the checkpoint only moves committed pages
 * into the main file (after a crash SQLite replays the WAL on the next open).
 *
 * <p>What it does, every {@link #INTERVAL_MILLIS}: a PASSIVE checkpoint, which never waits for the
 * writer or readers and copies what it can. A WAL that is still busy is only reused from its start once
 * everything in it was copied, which under continuous load a PASSIVE checkpoint may never reach; so when
 * the WAL holds more than {@link #RESTART_ABOVE_PAGES} pages, a RESTART checkpoint with a short busy
 * timeout ({@link #RESTART_BUSY_MILLIS}): it holds the write lock only while copying the few pages the
 * PASSIVE ones left and syncing, and gives up (to try again next time) rather than hold the writer
 * behind a long read. On close, a TRUNCATE checkpoint leaves an empty WAL.
 */
final class SqliteWalCheckpointer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SqliteWalCheckpointer.class);
    static final long INTERVAL_MILLIS = 250;
    /** 16,384 pages of 4 KB: 64 MB of WAL, about 10,000 decisions. */
    static final long RESTART_ABOVE_PAGES = 16_384;
    static final int RESTART_BUSY_MILLIS = 20;

    private final DataSource sqlite;
    private final Thread thread;
    private volatile boolean running = true;

    /** @param sqlite a source of connections to the SQLite file, outside the pool */
    SqliteWalCheckpointer(DataSource sqlite) {
        this.sqlite = sqlite;
        this.thread = new Thread(this::run, "sqlite-wal-checkpointer");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try (Connection c = sqlite.getConnection(); Statement s = c.createStatement()) {
            while (running) {
                try {
                    Thread.sleep(INTERVAL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                try {
                    long[] passive = checkpoint(s, "PASSIVE");
                    if (passive[1] > RESTART_ABOVE_PAGES) {
                        s.execute("PRAGMA busy_timeout=" + RESTART_BUSY_MILLIS);
                        try {
                            checkpoint(s, "RESTART");
                        } finally {
                            s.execute("PRAGMA busy_timeout=10000");
                        }
                    }
                } catch (SQLException e) {
                    // A busy store or a failed copy leaves the WAL as it was: nothing committed is lost; try again.
                    log.debug("WAL checkpoint deferred: {}", e.toString());
                }
            }
        } catch (SQLException e) {
            log.warn("The SQLite WAL checkpointer stopped: {}; SQLite checkpoints when the last connection closes", e.toString());
        }
    }

    /** @return busy (1 if it could not finish), pages in the WAL, pages copied to the database */
    private static long[] checkpoint(Statement s, String mode) throws SQLException {
        long started = System.nanoTime();
        try (ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(" + mode + ")")) {
            rs.next();
            long[] result = {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis >= SLOW_MILLIS) {
                // a RESTART holds the writer while it runs, so a slow one is a pause in answering decisions
                log.info("Slow WAL checkpoint: {} took {} ms (WAL {} pages, {} copied{})", mode, millis, result[1], result[2],
                        result[0] == 1 ? ", busy" : "");
            }
            return result;
        }
    }

    /** Checkpoints at least this long are logged (the load test counts them beside its latency figures). */
    static final long SLOW_MILLIS = 50;

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Connection c = sqlite.getConnection(); Statement s = c.createStatement()) {
            checkpoint(s, "TRUNCATE");
        } catch (SQLException e) {
            log.debug("WAL not truncated on close: {}", e.toString());
        }
    }
}
