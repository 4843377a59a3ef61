package uk.childsafeguarding.decisions.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends records to the chain through one writer thread per instance (group commit): requests
 * queue their record, the writer takes everything waiting (up to a batch) and hands it to
 * {@link AuditStore#appendBatch}, which links it to the head held in the database under the chain
 * lock, inserts it and stores a signed checkpoint of the new head in the same transaction. Only
 * then is the checkpoint appended to the file outside the database and the requests' futures
 * completed. Several instances on one PostgreSQL take turns per batch, so the chain stays single.
 */
public final class DecisionLedger implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DecisionLedger.class);
    static final int MAX_BATCH = 256;

    private record Pending(DecisionRecord record, CompletableFuture<DecisionRecord> done) {
    }

    private final AuditStore store;
    private final AuditSigningKey key;
    private final CheckpointFile checkpointFile;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(10_000);
    private final Thread writer;
    private volatile boolean running = true;

    /**
     * @param checkpointFile the copy of checkpoints outside the database
     */
    public DecisionLedger(AuditStore store, AuditSigningKey key, CheckpointFile checkpointFile) {
        this.store = store;
        this.key = key;
        this.checkpointFile = checkpointFile;
        adoptUnsignedChain();
        this.writer = new Thread(this::run, "decision-ledger-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * A chain written before checkpoints existed has records and no checkpoint anywhere: sign its
     * head once so it is protected from now on. Where any checkpoint exists (in the database or the
     * file) an unsigned head is not adopted: that is what a rewrite looks like, and verification
     * must say so rather than the writer signing over it.
     */
    private void adoptUnsignedChain() {
        AuditStore.Tail tail = store.tail();
        boolean anyCheckpoint = !store.checkpoints().isEmpty() || !checkpointFile.read().isEmpty();
        if (tail.seq() > 0 && !anyCheckpoint) {
            log.warn("The decision chain has {} records and no signed checkpoint (written before checkpoints existed); signing its head now", tail.seq());
            Checkpoint cp = store.appendBatch(List.of(), key).checkpoint();
            copyOutside(cp);
        }
    }

    /** Queues a record; the future completes once it is committed (or fails, and then nothing was stored). */
    public CompletableFuture<DecisionRecord> append(DecisionRecord unchained) {
        CompletableFuture<DecisionRecord> done = new CompletableFuture<>();
        if (!running || !queue.offer(new Pending(unchained, done))) {
            done.completeExceptionally(new AuditStoreException("the decision ledger is not accepting records", null));
        }
        return done;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        AuditStore.Appended appended;
        try {
            appended = store.appendBatch(batch.stream().map(Pending::record).toList(), key);
        } catch (RuntimeException e) {
            log.error("Could not store {} decision records: {}", batch.size(), e.toString());
            for (Pending p : batch) {
                p.done().completeExceptionally(e);
            }
            return;
        }
        copyOutside(appended.checkpoint());
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done().complete(appended.records().get(i));
        }
    }

    /**
     * The records are committed and signed in the database by now; the outside copy is evidence
     * for later, not a condition of durability, so a failure to append it is logged loudly and the
     * requests are still answered (failing them would tell clients a stored decision was not stored).
     */
    private void copyOutside(Checkpoint cp) {
        try {
            checkpointFile.append(cp);
        } catch (RuntimeException e) {
            log.error("Could not append checkpoint {} to {}: {}", cp.size(), checkpointFile.path(), e.toString());
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
