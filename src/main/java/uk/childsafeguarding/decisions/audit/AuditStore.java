package uk.childsafeguarding.decisions.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The decision records table and the rule set snapshots, in SQL that SQLite and PostgreSQL both
 * accept. Records are only ever inserted; the schema's triggers refuse updates and deletes.
 */
public class AuditStore {

    private static final String COLUMNS = "seq, id, kind, decision_type, partnership_id, as_at, subject_id, case_ref_hash, request_json, response_json, "
            + "outcome, rule_set_version, app_version, drools_version, java_version, requested_by, created_at, prev_hash, hash, content_hash";
    static final int CHUNK = 500;

    /**
     * The PostgreSQL advisory lock every instance takes around one group commit: whoever holds it
     * reads the chain head, links its batch to it and commits; the others wait their turn. The number
     * is arbitrary but fixed: it only has to be the same in every instance (ASCII "SGchain").
     */
    static final long CHAIN_LOCK = 0x5347636861696EL;

    private final DataSource dataSource;
    private final boolean postgres;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transactions;

    public AuditStore(DataSource dataSource) {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection()) {
            this.postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new AuditStoreException("cannot reach the audit store", e);
        }
        this.jdbc = JdbcClient.create(dataSource);
        this.jdbcTemplate = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    public boolean isPostgres() {
        return postgres;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** A batch as committed: the records with their place in the chain, and the checkpoint that signs the new head. */
    public record Appended(List<DecisionRecord> records, Checkpoint checkpoint) {
    }

    /**
     * One group commit. In one transaction: take the chain lock (PostgreSQL: an advisory lock held to
     * commit; SQLite: BEGIN IMMEDIATE, and one process per data folder), read the head from the
     * database (not from memory, because another instance may have written since), link the batch to
     * it, insert it, sign the new head and store that checkpoint. Either all of it is durable on
     * return or none of it is stored. An empty batch signs the current head (used once, to adopt a
     * chain written before checkpoints existed).
     */
    public Appended appendBatch(List<DecisionRecord> unchained, AuditSigningKey key) {
        try {
            return transactions.execute(status -> {
                if (postgres) {
                    jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
                }
                Tail tail = jdbc.sql("SELECT seq, hash FROM decision_records ORDER BY seq DESC LIMIT 1")
                        .query((rs, n) -> new Tail(rs.getLong(1), rs.getString(2))).optional().orElse(new Tail(0, RecordHasher.GENESIS));
                List<DecisionRecord> chained = new ArrayList<>(unchained.size());
                long seq = tail.seq();
                String prev = tail.hash();
                java.util.TreeSet<String> versions = new java.util.TreeSet<>();
                for (DecisionRecord u : unchained) {
                    DecisionRecord r = u.chained(++seq, prev);
                    chained.add(r);
                    prev = r.hash();
                    versions.add(r.ruleSetVersion());
                }
                if (!chained.isEmpty()) {
                    jdbcTemplate.batchUpdate("INSERT INTO decision_records (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", chained, chained.size(),
                            (ps, r) -> {
                                int i = 1;
                                ps.setLong(i++, r.seq());
                                for (String v : new String[] {r.id(), r.kind(), r.decisionType(), r.partnershipId(), r.asAt(), r.subjectId(),
                                        r.caseRefHash(), r.requestJson(), r.responseJson(), r.outcome(), r.ruleSetVersion(), r.appVersion(),
                                        r.droolsVersion(), r.javaVersion(), r.requestedBy(), r.createdAt(), r.prevHash(), r.hash(), r.contentHash()}) {
                                    ps.setString(i++, v);
                                }
                            });
                }
                long from = contentHashesFrom(tail.seq() + 1);
                Checkpoint cp = key.sign(seq, prev, java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString(),
                        List.copyOf(versions), from);
                jdbc.sql("INSERT INTO audit_checkpoints (size, head, signed_at, rule_set_versions, content_hashes_from, key_id, signature) VALUES (?,?,?,?,?,?,?)")
                        .params(cp.size(), cp.head(), cp.time(), String.join(",", cp.ruleSetVersions()), cp.contentHashesFrom(), cp.keyId(), cp.signature())
                        .update();
                return new Appended(chained, cp);
            });
        } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
            throw new AuditStoreException("cannot store decision records", e);
        }
    }

    /** A replay job's state as the API shows it, kept so any instance can answer a poll. */
    public record StoredJob(String id, String owner, String status, String viewJson, String updatedAt) {
    }

    public void saveJob(String id, String owner, String status, String viewJson) {
        jdbc.sql("INSERT INTO replay_jobs (id, owner, status, view_json, updated_at) VALUES (?,?,?,?,?) "
                + "ON CONFLICT (id) DO UPDATE SET status = excluded.status, view_json = excluded.view_json, updated_at = excluded.updated_at")
                .params(id, owner, status, viewJson, java.time.Instant.now().toString()).update();
    }

    public Optional<StoredJob> job(String id) {
        return jdbc.sql("SELECT id, owner, status, view_json, updated_at FROM replay_jobs WHERE id = ?").param(id)
                .query((rs, n) -> new StoredJob(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))).optional();
    }

    /** The rule set version every instance should serve, as recorded by the last reload or start-up. */
    public Optional<String> activeRuleSet() {
        return jdbc.sql("SELECT version FROM active_rule_set WHERE id = 1").query(String.class).optional();
    }

    public void activateRuleSet(String version, String by) {
        jdbc.sql("INSERT INTO active_rule_set (id, version, activated_at, activated_by) VALUES (1,?,?,?) "
                + "ON CONFLICT (id) DO UPDATE SET version = excluded.version, activated_at = excluded.activated_at, activated_by = excluded.activated_by")
                .params(version, java.time.Instant.now().toString(), by).update();
    }

    /** Every checkpoint stored in the database, oldest first. */
    public List<Checkpoint> checkpoints() {
        return jdbc.sql("SELECT size, head, signed_at, rule_set_versions, content_hashes_from, key_id, signature FROM audit_checkpoints ORDER BY size")
                .query((rs, n) -> new Checkpoint(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4).isEmpty() ? List.of() : List.of(rs.getString(4).split(",")), rs.getLong(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    /** The first checkpoint that covers this sequence number, if one is stored yet. */
    public Optional<Checkpoint> checkpointCovering(long seq) {
        return jdbc.sql("SELECT size, head, signed_at, rule_set_versions, content_hashes_from, key_id, signature FROM audit_checkpoints "
                + "WHERE size >= ? ORDER BY size LIMIT 1").param(seq)
                .query((rs, n) -> new Checkpoint(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4).isEmpty() ? List.of() : List.of(rs.getString(4).split(",")), rs.getLong(5), rs.getString(6), rs.getString(7)))
                .optional();
    }

    /** Records with sequence numbers from..to inclusive, in chain order. */
    public List<DecisionRecord> range(long from, long to) {
        return query("SELECT " + COLUMNS + " FROM decision_records WHERE seq >= ? AND seq <= ? ORDER BY seq", List.of(from, to));
    }

    /** Once known, where content hashes began never changes. */
    private volatile Long contentHashesFrom;

    /**
     * The first sequence number with a content hash: the earliest one stored, or (before any is
     * stored) the next record's, since every record written from now on has one.
     */
    private long contentHashesFrom(long next) {
        Long known = contentHashesFrom;
        if (known != null) {
            return known;
        }
        Long first = jdbc.sql("SELECT MIN(seq) FROM decision_records WHERE content_hash IS NOT NULL").query(Long.class).optional().orElse(null);
        if (first != null) {
            contentHashesFrom = first;
            return first;
        }
        return next;
    }

    public record Tail(long seq, String hash) {
    }

    public Tail tail() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM decision_records ORDER BY seq DESC LIMIT 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Tail(rs.getLong(1), rs.getString(2)) : new Tail(0, RecordHasher.GENESIS);
        } catch (SQLException e) {
            throw new AuditStoreException("cannot read the end of the decision chain", e);
        }
    }

    public Optional<DecisionRecord> find(String id) {
        List<DecisionRecord> found = query("SELECT " + COLUMNS + " FROM decision_records WHERE id = ?", List.of(id));
        return found.stream().findFirst();
    }

    /** The newest record of a kind for a partnership (policy sign-offs), if any. */
    public Optional<DecisionRecord> latestOf(String kind, String partnershipId) {
        return query("SELECT " + COLUMNS + " FROM decision_records WHERE kind = ? AND partnership_id = ? ORDER BY seq DESC LIMIT 1",
                List.of(kind, partnershipId)).stream().findFirst();
    }

    public List<DecisionRecord> outcomesOf(String decisionId) {
        return query("SELECT " + COLUMNS + " FROM decision_records WHERE subject_id = ? AND kind = 'OUTCOME' ORDER BY seq", List.of(decisionId));
    }

    /** Decisions (not outcomes) matching a filter, oldest first, one page. */
    public List<DecisionRecord> list(RecordFilter f, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(f, args);
        args.add(limit);
        args.add(offset);
        return query("SELECT " + COLUMNS + " FROM decision_records" + where + " ORDER BY seq LIMIT ? OFFSET ?", args);
    }

    public long count(RecordFilter f) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM decision_records" + where(f, args);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new AuditStoreException("cannot count decision records", e);
        }
    }

    /**
     * Every decision matching the filter, oldest first, read in chunks by sequence number.
     * Each chunk is read along the primary key from where the last one stopped, so a whole replay
     * reads the chain once. {@code kind || ''} keeps SQLite's planner off the (kind, partnership, ...)
     * index, which it otherwise picks: it then reads every matching record and sorts them for each
     * chunk of 500 (about 1 s per chunk at 80,000 records, so a replay slowed as the chain grew).
     * Same meaning on PostgreSQL, whose planner already followed the key.
     */
    public void forEachDecision(RecordFilter f, Consumer<DecisionRecord> action) {
        long after = 0;
        while (true) {
            List<Object> args = new ArrayList<>();
            String where = where(f, args, "kind || '' = 'DECISION'") + " AND seq > ?";
            args.add(after);
            args.add(CHUNK);
            List<DecisionRecord> chunk = query("SELECT " + COLUMNS + " FROM decision_records" + where + " ORDER BY seq LIMIT ?", args);
            chunk.forEach(action);
            if (chunk.size() < CHUNK) {
                return;
            }
            after = chunk.get(chunk.size() - 1).seq();
        }
    }

    /** Every record of every kind, in chain order (for verification). */
    public void forEachInChain(Consumer<DecisionRecord> action) {
        long after = 0;
        while (true) {
            List<DecisionRecord> chunk = query("SELECT " + COLUMNS + " FROM decision_records WHERE seq > ? ORDER BY seq LIMIT ?", List.of(after, CHUNK));
            chunk.forEach(action);
            if (chunk.size() < CHUNK) {
                return;
            }
            after = chunk.get(chunk.size() - 1).seq();
        }
    }

    public boolean hasSnapshot(String version) {
        return snapshot(version).isPresent();
    }

    public Optional<String> snapshot(String version) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT files_json FROM rule_set_snapshots WHERE version = ?")) {
            ps.setString(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new AuditStoreException("cannot read rule set snapshot " + version, e);
        }
    }

    /** Stores a rule set's files once; a second call for the same version does nothing. */
    public void saveSnapshot(String version, String filesJson, String createdAt) {
        if (hasSnapshot(version)) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO rule_set_snapshots (version, files_json, created_at) VALUES (?,?,?)")) {
            ps.setString(1, version);
            ps.setString(2, filesJson);
            ps.setString(3, createdAt);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (!hasSnapshot(version)) {
                throw new AuditStoreException("cannot store rule set snapshot " + version, e);
            }
        }
    }

    private static String where(RecordFilter f, List<Object> args) {
        return where(f, args, "kind = 'DECISION'");
    }

    private static String where(RecordFilter f, List<Object> args, String decisionsOnly) {
        StringBuilder sb = new StringBuilder(" WHERE ").append(decisionsOnly);
        in(sb, "partnership_id", f.partnerships(), args);
        in(sb, "decision_type", f.types(), args);
        if (f.from() != null) {
            sb.append(" AND as_at >= ?");
            args.add(f.from().toString());
        }
        if (f.to() != null) {
            sb.append(" AND as_at <= ?");
            args.add(f.to().toString());
        }
        if (f.requestedBy() != null) {
            sb.append(" AND requested_by = ?");
            args.add(f.requestedBy());
        }
        if (f.anyOf() != null) {
            List<String> alternatives = new ArrayList<>();
            for (RecordFilter.Scope s : f.anyOf()) {
                StringBuilder one = new StringBuilder("1 = 1");
                in(one, "partnership_id", s.partnerships(), args);
                in(one, "decision_type", s.types(), args);
                if (s.requestedBy() != null) {
                    one.append(" AND requested_by = ?");
                    args.add(s.requestedBy());
                }
                alternatives.add("(" + one + ")");
            }
            sb.append(alternatives.isEmpty() ? " AND 1 = 0" : " AND (" + String.join(" OR ", alternatives) + ")");
        }
        return sb.toString();
    }

    private static void in(StringBuilder sb, String column, java.util.Set<String> values, List<Object> args) {
        if (values == null) {
            return;
        }
        if (values.isEmpty()) {
            sb.append(" AND 1 = 0");
            return;
        }
        sb.append(" AND ").append(column).append(" IN (").append(String.join(",", java.util.Collections.nCopies(values.size(), "?"))).append(")");
        args.addAll(new java.util.TreeSet<>(values));
    }

    private List<DecisionRecord> query(String sql, List<?> args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            List<DecisionRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DecisionRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                            rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18),
                            rs.getString(19), rs.getString(20)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new AuditStoreException("cannot read decision records", e);
        }
    }

    private static void bind(PreparedStatement ps, List<?> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof Long l) {
                ps.setLong(i + 1, l);
            } else if (a instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else {
                ps.setString(i + 1, (String) a);
            }
        }
    }
}
