package uk.childsafeguarding.decisions.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;

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

    /** The same for the checkpoints table. */
    abstract String[] dropCheckpointGuards();

    /** One signing key for every test: made once, as on embedded defaults. */
    static final AuditSigningKey KEY = AuditSigningKey.from(null, Path.of("target/test-audit-signing.key"));

    @TempDir
    Path outsideFolder;

    private CheckpointFile outside;
    private String url;
    private HikariDataSource dataSource;
    private AuditStore store;
    private DecisionLedger ledger;

    @BeforeEach
    void open() throws Exception {
        url = freshUrl();
        outside = new CheckpointFile(outsideFolder.resolve("checkpoints.jsonl"));
        openStore();
    }

    private void openStore() {
        dataSource = AuditConfiguration.AuditDataSources.create(url, null, null);
        AuditConfiguration.AuditDataSources.migrate(dataSource);
        store = new AuditStore(dataSource);
        ledger = new DecisionLedger(store, KEY, outside);
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
        assertThat(verify()).satisfies(v -> assertThat(v.valid()).isTrue()).extracting(ChainVerification::records).isEqualTo(5L);
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
        ChainVerification v = verify();
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
        ChainVerification v = verify();
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
        ChainVerification v = verify();
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
        assertThat(verify()).satisfies(v -> assertThat(v.valid()).as("%s", v).isTrue()).extracting(ChainVerification::records).isEqualTo((long) writers * each);
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
        assertThat(verify().valid()).isTrue();
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

    @Test
    void everyBatchIsCoveredByASignedCheckpointInTheStoreAndInTheFileOutside() throws Exception {
        List<DecisionRecord> records = append(4);
        List<Checkpoint> inStore = store.checkpoints();
        assertThat(inStore).isNotEmpty().allSatisfy(c -> assertThat(c.signedBy(KEY.publicKey())).isTrue());
        assertThat(inStore.getLast().size()).isEqualTo(4);
        assertThat(inStore.getLast().head()).isEqualTo(records.get(3).hash());
        assertThat(inStore.getLast().ruleSetVersions()).containsExactly("sha256:test");
        assertThat(outside.read()).isEqualTo(inStore);
        assertThat(verify().latestCheckpoint().size()).isEqualTo(4);
    }

    @Test
    void truncationOfTheNewestRecordsIsDetectedAndNamed() throws Exception {
        append(6);
        execute(dropAppendOnlyGuards());
        execute("DELETE FROM decision_records WHERE seq > 4");
        ChainVerification v = verify();
        assertThat(v.valid()).isFalse();
        assertThat(v.records()).isEqualTo(4);
        assertThat(v.firstInvalidRecord().seq()).isEqualTo(5);
        assertThat(v.firstInvalidRecord().problem()).startsWith("truncated").contains("covers 6 records", "records 5 to 6 were removed");
        assertThat(offline()).isEqualTo(v.firstInvalidRecord());
    }

    @Test
    void truncationIsDetectedFromTheFileOutsideWhenTheStoresCheckpointsAreDeletedToo() throws Exception {
        append(6);
        execute(dropAppendOnlyGuards());
        execute(dropCheckpointGuards());
        execute("DELETE FROM decision_records WHERE seq > 4", "DELETE FROM audit_checkpoints WHERE size > 4");
        ChainVerification v = verify();
        assertThat(v.valid()).isFalse();
        assertThat(v.firstInvalidRecord().problem()).startsWith("truncated").contains("records 5 to 6 were removed");
    }

    @Test
    void aRewriteWithRecomputedHashesIsDetectedAndNamed() throws Exception {
        append(8);
        execute(dropAppendOnlyGuards());
        // The attacker changes record 3's outcome and recomputes every hash from there on: the chain
        // alone is then consistent again.
        List<DecisionRecord> all = new ArrayList<>();
        store.forEachInChain(all::add);
        String prev = all.get(1).hash();
        for (int i = 2; i < all.size(); i++) {
            DecisionRecord r = all.get(i);
            DecisionRecord changed = new DecisionRecord(r.seq(), r.id(), r.kind(), r.decisionType(), r.partnershipId(), r.asAt(), r.subjectId(),
                    r.caseRefHash(), r.requestJson(), i == 2 ? "{\"outcome\":\"level 1\"}" : r.responseJson(), i == 2 ? "level 1" : r.outcome(),
                    r.ruleSetVersion(), r.appVersion(), r.droolsVersion(), r.javaVersion(), r.requestedBy(), r.createdAt(), prev, null);
            changed = changed.withContentHash(RecordHasher.contentHash(changed));
            changed = changed.withHash(RecordHasher.hash(changed));
            prev = changed.hash();
            execute("UPDATE decision_records SET response_json = '" + changed.responseJson() + "', outcome = '" + changed.outcome()
                    + "', prev_hash = '" + changed.prevHash() + "', hash = '" + changed.hash() + "', content_hash = '" + changed.contentHash()
                    + "' WHERE seq = " + r.seq());
        }
        List<DecisionRecord> rewritten = new ArrayList<>();
        store.forEachInChain(rewritten::add);
        assertThat(rewritten.get(2).outcome()).isEqualTo("level 1");
        ChainVerification v = verify();
        assertThat(v.valid()).isFalse();
        assertThat(v.records()).isEqualTo(8);
        assertThat(v.firstInvalidRecord().seq()).isEqualTo(3);
        assertThat(v.firstInvalidRecord().id()).isEqualTo(all.get(2).id());
        assertThat(v.firstInvalidRecord().problem()).startsWith("rewritten").contains("every later hash recomputed");
        assertThat(offline()).isEqualTo(v.firstInvalidRecord());
    }

    @Test
    void aCheckpointSignedByAnotherKeyIsNamedAsForged() throws Exception {
        append(3);
        AuditSigningKey other = AuditSigningKey.from(null, outsideFolder.resolve("other.key"));
        DecisionRecord last = store.find(store.list(RecordFilter.ALL, 2, 1).get(0).id()).orElseThrow();
        Checkpoint forged = other.sign(3, last.hash(), Instant.now().toString(), List.of(), 1);
        execute("INSERT INTO audit_checkpoints (size, head, signed_at, rule_set_versions, content_hashes_from, key_id, signature) VALUES (99, '"
                + forged.head() + "', '" + forged.time() + "', '', 1, '" + forged.keyId() + "', '" + forged.signature() + "')");
        ChainVerification v = verify();
        assertThat(v.valid()).isFalse();
        assertThat(v.firstInvalidRecord().problem()).contains("not signed by this service's key", "forged");
    }

    @Test
    void theOfflineVerifierAgreesThatAnUntouchedChainIsValid() throws Exception {
        append(5);
        assertThat(verify().valid()).isTrue();
        assertThat(offline()).isNull();
    }

    @Test
    void oneAuditorVerifiesTheWholeChainWithoutOtherPartnershipsContent() throws Exception {
        append(8);
        Path export = export(Set.of("devon"));
        List<String> lines = java.nio.file.Files.readAllLines(export);
        assertThat(lines).hasSize(8);
        assertThat(lines).filteredOn(l -> l.contains("\"partnershipId\":\"torbay\"")).hasSize(4)
                .allSatisfy(l -> assertThat(l).contains("\"withoutContent\":true").doesNotContain("requestJson", "responseJson", "outcome", "requestedBy"));
        assertThat(lines).filteredOn(l -> l.contains("\"partnershipId\":\"devon\"")).hasSize(4).allSatisfy(l -> assertThat(l).contains("responseJson"));
        var report = offlineReport(export);
        assertThat(report.get("valid").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("recordsCheckedWithoutContent").asLong()).isEqualTo(4);
        assertThat(report.get("recordsTakenOnTrust").asLong()).isZero();
    }

    @Test
    void aRecordHiddenFromItsPartnershipsAuditorAsAnotherPartnershipsIsNamed() throws Exception {
        append(6);
        execute(dropAppendOnlyGuards());
        // record 3 is devon's: the attacker labels it torbay's and recomputes every hash from there on
        List<DecisionRecord> all = new ArrayList<>();
        store.forEachInChain(all::add);
        assertThat(all.get(2).partnershipId()).isEqualTo("devon");
        String prev = all.get(1).hash();
        for (int i = 2; i < all.size(); i++) {
            DecisionRecord r = all.get(i);
            DecisionRecord changed = new DecisionRecord(r.seq(), r.id(), r.kind(), r.decisionType(), i == 2 ? "torbay" : r.partnershipId(), r.asAt(),
                    r.subjectId(), r.caseRefHash(), r.requestJson(), r.responseJson(), r.outcome(), r.ruleSetVersion(), r.appVersion(), r.droolsVersion(),
                    r.javaVersion(), r.requestedBy(), r.createdAt(), prev, null);
            changed = changed.withContentHash(RecordHasher.contentHash(changed));
            changed = changed.withHash(RecordHasher.hash(changed));
            prev = changed.hash();
            execute("UPDATE decision_records SET partnership_id = '" + changed.partnershipId() + "', prev_hash = '" + changed.prevHash() + "', hash = '"
                    + changed.hash() + "', content_hash = '" + changed.contentHash() + "' WHERE seq = " + r.seq());
        }
        var report = offlineReport(export(Set.of("devon")));
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.get("firstInvalidRecord").get("seq").asLong()).isEqualTo(3);
        assertThat(report.get("firstInvalidRecord").get("problem").asString()).startsWith("rewritten");
    }

    @Test
    void aContentHashRemovedToHaveARecordTakenOnTrustIsNamed() throws Exception {
        append(4);
        execute(dropAppendOnlyGuards());
        execute("UPDATE decision_records SET content_hash = NULL WHERE seq = 2");
        var report = offlineReport(export(Set.of("devon")));
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.get("firstInvalidRecord").get("seq").asLong()).isEqualTo(2);
        assertThat(report.get("firstInvalidRecord").get("problem").asString()).contains("has no content hash");
        assertThat(verify().firstInvalidRecord().problem()).contains("has no content hash");
    }

    @Test
    void aChainWrittenBeforeCheckpointsAndContentHashesIsAdoptedAndStillVerifies() throws Exception {
        // three records as the service wrote them before issue 14: no content hash, the original hash, no checkpoint
        ledger.close();
        String prev = RecordHasher.GENESIS;
        for (int seq = 1; seq <= 3; seq++) {
            DecisionRecord r = record(seq % 2 == 0 ? "torbay" : "devon", "thresholds", "2026-11-20", "level 2");
            r = new DecisionRecord(seq, r.id(), r.kind(), r.decisionType(), r.partnershipId(), r.asAt(), r.subjectId(), r.caseRefHash(), r.requestJson(),
                    r.responseJson(), r.outcome(), r.ruleSetVersion(), r.appVersion(), r.droolsVersion(), r.javaVersion(), r.requestedBy(), r.createdAt(),
                    prev, null);
            r = r.withHash(RecordHasher.hash(r));
            prev = r.hash();
            execute("INSERT INTO decision_records (seq, id, kind, decision_type, partnership_id, as_at, request_json, response_json, outcome, "
                    + "rule_set_version, app_version, drools_version, java_version, requested_by, created_at, prev_hash, hash) VALUES (" + seq + ", '"
                    + r.id() + "', 'DECISION', 'thresholds', '" + r.partnershipId() + "', '2026-11-20', '" + r.requestJson() + "', '" + r.responseJson()
                    + "', 'level 2', 'sha256:test', '0.1.0', '10.2.0', '17', 'tester', '" + r.createdAt() + "', '" + r.prevHash() + "', '" + r.hash() + "')");
        }
        ledger = new DecisionLedger(store, KEY, outside);
        assertThat(store.checkpoints()).singleElement().satisfies(c -> {
            assertThat(c.size()).isEqualTo(3);
            assertThat(c.contentHashesFrom()).isEqualTo(4);
        });
        DecisionRecord next = append(2).get(1);
        assertThat(next.seq()).isEqualTo(5);
        assertThat(next.contentHash()).isNotNull();
        assertThat(verify().valid()).as("%s", verify()).isTrue();
        var report = offlineReport(export(Set.of("devon")));
        assertThat(report.get("valid").asBoolean()).as(report.toString()).isTrue();
        // torbay's record 2 has no content hash: devon's auditor can only take it on trust, and is told so
        assertThat(report.get("recordsTakenOnTrust").asLong()).isEqualTo(1);
    }

    /** The chain export as the service gives it to an auditor of these partnerships (null: every partnership). */
    private Path export(Set<String> visible) throws Exception {
        Path export = outsideFolder.resolve("chain-" + (visible == null ? "all" : String.join("-", visible)) + ".jsonl");
        List<String> lines = new ArrayList<>();
        store.forEachInChain(r -> lines.add(ChainExport.line(r, visible)));
        java.nio.file.Files.write(export, lines);
        return export;
    }

    /** Runs the offline verifier over an export of the store, its checkpoints and the public key; the first problem it names. */
    private ChainVerification.FirstInvalid offline() throws Exception {
        var report = offlineReport(export(null));
        var bad = report.get("firstInvalidRecord");
        return bad == null || bad.isNull() ? null
                : new ChainVerification.FirstInvalid(bad.get("seq").asLong(), bad.get("id").isNull() ? null : bad.get("id").asString(), bad.get("problem").asString());
    }

    private tools.jackson.databind.JsonNode offlineReport(Path export) throws Exception {
        Path checkpoints = outsideFolder.resolve("exported-checkpoints.jsonl");
        Path key = outsideFolder.resolve("audit.pem");
        java.nio.file.Files.write(checkpoints, store.checkpoints().stream().map(Checkpoint::toJsonLine).toList());
        java.nio.file.Files.writeString(key, KEY.publicKeyPem());
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        int status = OfflineVerifier.run(new String[] {"verify", "--export", export.toString(), "--checkpoints", checkpoints.toString(),
                "--checkpoints", outside.path().toString(), "--public-key", key.toString()}, new java.io.PrintStream(out), new java.io.PrintStream(err));
        assertThat(status).as("exit status; stderr: %s", err).isIn(0, 1);
        var report = tools.jackson.databind.json.JsonMapper.builder().build().readTree(out.toString());
        assertThat(report.get("valid").asBoolean()).isEqualTo(status == 0);
        return report;
    }

    private ChainVerification verify() {
        return ChainVerification.of(store, KEY.publicKey(), outside);
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
