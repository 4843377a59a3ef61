package uk.childsafeguarding.decisions.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The audit store: an embedded SQLite file by default (created on first start), PostgreSQL when
 * {@code safeguarding.audit.url} is a PostgreSQL JDBC URL. Boot's Flyway runs the migrations for the
 * store in use before anything is stored.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    /**
     * @param url       JDBC URL: jdbc:sqlite:PATH (default data/decisions.db) or jdbc:postgresql://HOST/DB?user=..&password=..
     * @param username  optional, for PostgreSQL
     * @param password  optional, for PostgreSQL
     * @param caseReferenceKey key for hashing case references; empty on embedded defaults makes one in data/
     * @param signingKey      the checkpoint signing key as PEM text (private and public key); for production, from a secret store
     * @param signingKeyFile  where the signing key is read from when signingKey is empty; empty means audit-signing.key beside
     *                        the SQLite file (made once, owner-only), or data/audit-signing.key with PostgreSQL
     * @param checkpointFile  the file outside the database every checkpoint is appended to; empty means checkpoints.jsonl
     *                        beside the SQLite file, or data/checkpoints.jsonl with PostgreSQL; "none" keeps them only in the database
     */
    @ConfigurationProperties("safeguarding.audit")
    record AuditProperties(String url, String username, String password, String caseReferenceKey, String caseReferenceKeyFile,
            String signingKey, String signingKeyFile, String checkpointFile) {

        /** The folder for files that belong beside the store: the SQLite file's folder, or data/ for PostgreSQL. */
        Path dataFolder() {
            if (url.startsWith("jdbc:sqlite:")) {
                Path parent = Path.of(url.substring("jdbc:sqlite:".length())).toAbsolutePath().getParent();
                return parent == null ? Path.of(".") : parent;
            }
            return Path.of("data");
        }

        Path signingKeyPath() {
            return signingKeyFile == null || signingKeyFile.isBlank() ? dataFolder().resolve("audit-signing.key") : Path.of(signingKeyFile);
        }

        Path checkpointPath() {
            if (checkpointFile != null && checkpointFile.equals("none")) {
                return null;
            }
            return checkpointFile == null || checkpointFile.isBlank() ? dataFolder().resolve("checkpoints.jsonl") : Path.of(checkpointFile);
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(AuditProperties props) {
        return AuditDataSources.create(props.url(), props.username(), props.password());
    }

    /** Created after Boot's Flyway has migrated the store (spring.flyway.locations=classpath:db/migration/{vendor}). */
    @Bean
    @DependsOnDatabaseInitialization
    AuditStore auditStore(DataSource dataSource) {
        return new AuditStore(dataSource);
    }

    @Bean
    AuditSigningKey auditSigningKey(AuditProperties props) {
        return AuditSigningKey.from(props.signingKey(), props.signingKeyPath());
    }

    /**
     * Bouncy Castle's signer is loaded five seconds after the service is ready, off start-up's path and
     * the first requests' (AuditSigningKey); until then the JDK's Ed25519 signs the same bytes.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void fastSignerAfterStartUp(org.springframework.boot.context.event.ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(AuditSigningKey.class).useFastProviderAfter(java.time.Duration.ofSeconds(5));
    }

    @Bean
    CheckpointFile checkpointFile(AuditProperties props) {
        return new CheckpointFile(props.checkpointPath());
    }

    @Bean(destroyMethod = "close")
    DecisionLedger decisionLedger(AuditStore store, AuditSigningKey key, CheckpointFile checkpointFile) {
        return new DecisionLedger(store, key, checkpointFile);
    }

    @Bean
    CaseReferenceHasher caseReferenceHasher(AuditProperties props) {
        return CaseReferenceHasher.from(props.caseReferenceKey(), Path.of(props.caseReferenceKeyFile()));
    }

    /** Data sources and migrations for both stores, shared with the storage tests. */
    static final class AuditDataSources {
        private AuditDataSources() {
        }

        static HikariDataSource create(String url, String username, String password) {
            HikariConfig config = new HikariConfig();
            config.setPoolName("audit");
            if (url.startsWith("jdbc:sqlite:")) {
                Path file = Path.of(url.substring("jdbc:sqlite:".length()));
                try {
                    ownerOnly(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot create the folder for the audit store " + file, e);
                }
                // WAL with synchronous=FULL: a commit is on disk before the response leaves.
                SQLiteConfig sqlite = new SQLiteConfig();
                sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
                sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
                sqlite.setBusyTimeout(10_000);
                // The writer's transaction takes the write lock at BEGIN: it reads the chain head and then
                // inserts, and a deferred transaction could not be upgraded once another write committed.
                sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
                // 8 MB of page cache per connection (SQLite's default is 2 MB): the chain head, the indexes'
                // upper pages and recent records stay in memory while the WAL grows between checkpoints.
                sqlite.setCacheSize(-8192);
                SQLiteDataSource ds = new SQLiteDataSource(sqlite);
                ds.setUrl(url);
                config.setDataSource(ds);
                // No checkpoint inside a commit: SqliteWalCheckpointer does it on its own thread.
                config.setConnectionInitSql("PRAGMA wal_autocheckpoint=0");
                config.setMaximumPoolSize(4);
                SqliteStoreLock lock = SqliteStoreLock.acquire(file);
                try {
                    return new LockedDataSource(config, lock, ds);
                } catch (RuntimeException e) {
                    lock.close();
                    throw e;
                }
            } else {
                config.setJdbcUrl(url);
                if (username != null && !username.isBlank()) {
                    config.setUsername(username);
                }
                if (password != null && !password.isBlank()) {
                    config.setPassword(password);
                }
                config.setMaximumPoolSize(8);
            }
            return new HikariDataSource(config);
        }

        /**
         * The decision records hold who asked what about which child's circumstances: the database
         * file, and the WAL and shared-memory files SQLite keeps beside it (created with the
         * database file's permissions), are readable by the service's own user only. A folder the
         * service creates for them is too; an existing folder is left as the operator set it.
         */
        static void ownerOnly(Path file) throws IOException {
            Path folder = file.toAbsolutePath().getParent();
            boolean posix = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            if (folder != null && !Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                if (posix) {
                    Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
                }
            }
            if (!posix) {
                return;
            }
            if (!Files.exists(file)) {
                Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            }
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                Path p = Path.of(file + suffix);
                if (Files.exists(p)) {
                    Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                }
            }
        }

        /** The SQLite pool, holding the store's lock until it is closed, and checkpointing its WAL off the writer. */
        private static final class LockedDataSource extends HikariDataSource {
            private final SqliteStoreLock lock;
            private final SqliteWalCheckpointer checkpointer;

            LockedDataSource(HikariConfig config, SqliteStoreLock lock, DataSource unpooled) {
                super(config);
                this.lock = lock;
                this.checkpointer = new SqliteWalCheckpointer(unpooled);
            }

            @Override
            public void close() {
                try {
                    checkpointer.close();
                    super.close();
                } finally {
                    lock.close();
                }
            }
        }

        /** The same migrations for the storage tests, which run without an application context. */
        static void migrate(DataSource dataSource) {
            String vendor;
            try (var c = dataSource.getConnection()) {
                vendor = c.getMetaData().getDatabaseProductName().toLowerCase().contains("sqlite") ? "sqlite" : "postgresql";
            } catch (java.sql.SQLException e) {
                throw new AuditStoreException("cannot reach the audit store", e);
            }
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor).load().migrate();
        }
    }
}
