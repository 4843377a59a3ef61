package uk.childsafeguarding.decisions.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.childsafeguarding.decisions.system.DecisionIds;

/**
 * What every audit store must do, run against SQLite and against real PostgreSQL: the same tests,
 * the same expectations, so the two stores behave the same.
 */
abstract class AuditStoreContract {

    /** A fresh, empty, migrated store's JDBC URL for each test. */
    abstract String freshUrl() throws Exception;

    /** SQL that lets the test play an attacker with write access: remove the append-only triggers. */
    abstract String[] dropAppendOnlyGuards();

    private String url;
    private HikariDataSource dataSource;
    private AuditStore store;
    private DecisionLedger ledger;

    @BeforeEach
    void open() throws Exception {
        url = freshUrl();
        openStore();
    }

    private void openStore() {
        dataSource = AuditConfiguration.AuditDataSources.create(url, null, null);
        AuditConfiguration.AuditDataSources.migrate(dataSource);
        store = new AuditStore(dataSource);
        ledger = new DecisionLedger(store);
    }

    @AfterEach
    void close() {
        ledger.close();
        dataSource.close();
    }

    static DecisionRecord record(String partnership, String type, String asAt, String outcome) {
        return new DecisionRecord(0, DecisionIds.next(), DecisionRecord.DECISION, type, partnership, asAt, null, null,
                "{\"partnership\":\"" + partnership + "\"}", "{\"outcome\":\"" + outcome + "\"}", outcome, "sha256:test", "0.1.0", "10.2.0", "17",
                "tester", Instant.now().toString(), null, null);
    }

    private List<DecisionRecord> append(int n) throws Exception {
        List<DecisionRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(ledger.append(record(i % 2 == 0 ? "devon" : "torbay", i % 3 == 0 ? "review" : "thresholds", "2026-11-" + (10 + i % 10), "level " + (1 + i % 4)))
                    .get(10, TimeUnit.SECONDS));
        }
        return out;
    }

    @Test
    void storesRecordsAndReadsThemBackUnchanged() throws Exception {
        DecisionRecord stored = append(1).get(0);
        assertThat(stored.seq()).isEqualTo(1);
        assertThat(stored.prevHash()).isEqualTo(RecordHasher.GENESIS);
        assertThat(store.find(stored.id())).contains(stored);
        assertThat(store.tail()).isEqualTo(new AuditStore.Tail(1, stored.hash()));
    }

    @Test
    void eachRecordLinksToThePreviousHash() throws Exception {
        List<DecisionRecord> records = append(5);
        for (int i = 1; i < records.size(); i++) {
            assertThat(records.get(i).prevHash()).isEqualTo(records.get(i - 1).hash());
            assertThat(records.get(i).seq()).isEqualTo(i + 1);
        }
        assertThat(ChainVerification.of(store)).isEqualTo(new ChainVerification(true, 5, null));
    }

    @Test
    void refusesUpdatesAndDeletesThroughTheSchema() throws Exception {
        append(2);
        assertThatThrownBy(() -> execute("UPDATE decision_records SET outcome = 'level 4' WHERE seq = 1")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("DELETE FROM decision_records WHERE seq = 2")).hasMessageContaining("append-only");
    }

    @Test
    void verificationFindsAnAlteredRecordAndNamesIt() throws Exception {
        List<DecisionRecord> records = append(6);
        execute(dropAppendOnlyGuards());
        execute("UPDATE decision_records SET response_json = '{\"outcome\":\"level 1\"}' WHERE seq = 4");
        ChainVerification v = ChainVerification.of(store);
        assertThat(v.valid()).isFalse();
        assertThat(v.records()).isEqualTo(6);
        assertThat(v.firstInvalidRecord().seq()).isEqualTo(4);
        assertThat(v.firstInvalidRecord().id()).isEqualTo(records.get(3).id());
        assertThat(v.firstInvalidRecord().problem()).contains("altered");
    }

    @Test
    void verificationFindsADeletedRecord() throws Exception {
        append(5);
        execute(dropAppendOnlyGuards());
        execute("DELETE FROM decision_records WHERE seq = 3");
        ChainVerification v = ChainVerification.of(store);
        assertThat(v.valid()).isFalse();
        assertThat(v.firstInvalidRecord().seq()).isEqualTo(4);
        assertThat(v.firstInvalidRecord().problem()).contains("missing");
    }

    @Test
    void verificationFindsReorderedRecords() throws Exception {
        append(5);
        execute(dropAppendOnlyGuards());
        // swap the places of records 2 and 3, keeping each record's own content and hash
        execute("UPDATE decision_records SET seq = 1000 WHERE seq = 2", "UPDATE decision_records SET seq = 2 WHERE seq = 3",
                "UPDATE decision_records SET seq = 3 WHERE seq = 1000");
        ChainVerification v = ChainVerification.of(store);
        assertThat(v.valid()).isFalse();
        assertThat(v.firstInvalidRecord().seq()).isEqualTo(2);
    }

    @Test
    void eightConcurrentWritersLeaveOneValidChain() throws Exception {
        int writers = 8;
        int each = 60;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<DecisionRecord>>> results = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            results.add(pool.submit(() -> {
                start.await();
                List<CompletableFuture<DecisionRecord>> mine = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    mine.add(ledger.append(record("devon", "thresholds", "2026-11-20", "level 2")));
                }
                List<DecisionRecord> done = new ArrayList<>();
                for (CompletableFuture<DecisionRecord> f : mine) {
                    done.add(f.get(30, TimeUnit.SECONDS));
                }
                return done;
            }));
        }
        start.countDown();
        Set<Long> seqs = new HashSet<>();
        for (Future<List<DecisionRecord>> f : results) {
            f.get(60, TimeUnit.SECONDS).forEach(r -> seqs.add(r.seq()));
        }
        pool.shutdown();
        assertThat(seqs).hasSize(writers * each);
        assertThat(ChainVerification.of(store)).isEqualTo(new ChainVerification(true, writers * each, null));
    }

    @Test
    void aRestartKeepsEveryRecordAndContinuesTheChain() throws Exception {
        List<DecisionRecord> before = append(7);
        close();
        openStore();
        assertThat(store.count(RecordFilter.ALL)).isEqualTo(7);
        for (DecisionRecord r : before) {
            assertThat(store.find(r.id())).contains(r);
        }
        DecisionRecord next = append(1).get(0);
        assertThat(next.seq()).isEqualTo(8);
        assertThat(next.prevHash()).isEqualTo(before.get(6).hash());
        assertThat(ChainVerification.of(store).valid()).isTrue();
    }

    @Test
    void listsAndCountsByPartnershipTypeAndDate() throws Exception {
        append(20);
        RecordFilter devonThresholds = new RecordFilter("devon", "thresholds", LocalDate.parse("2026-11-12"), LocalDate.parse("2026-11-16"));
        List<DecisionRecord> all = new ArrayList<>();
        store.forEachDecision(RecordFilter.ALL, all::add);
        long expected = all.stream().filter(r -> r.partnershipId().equals("devon") && r.decisionType().equals("thresholds")
                && r.asAt().compareTo("2026-11-12") >= 0 && r.asAt().compareTo("2026-11-16") <= 0).count();
        assertThat(expected).isPositive();
        assertThat(store.count(devonThresholds)).isEqualTo(expected);
        assertThat(store.list(devonThresholds, 0, 100)).hasSize((int) expected)
                .allSatisfy(r -> assertThat(r.partnershipId()).isEqualTo("devon"));
        assertThat(store.list(RecordFilter.ALL, 5, 5)).extracting(DecisionRecord::seq).containsExactly(6L, 7L, 8L, 9L, 10L);
    }

    @Test
    void storesEachRuleSetSnapshotOnce() {
        store.saveSnapshot("sha256:abc", "{\"a.drl\":\"eA==\"}", Instant.now().toString());
        store.saveSnapshot("sha256:abc", "{\"changed\":\"eQ==\"}", Instant.now().toString());
        assertThat(store.snapshot("sha256:abc")).contains("{\"a.drl\":\"eA==\"}");
        assertThat(store.snapshot("sha256:none")).isEmpty();
    }

    private void execute(String... sql) throws Exception {
        DataSource ds = dataSource;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }
}
