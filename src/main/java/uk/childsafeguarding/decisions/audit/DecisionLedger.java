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
 * Appends records to the chain through one writer thread (group commit): requests queue their
 * record, the writer takes everything waiting (up to a batch), links each to the previous hash,
 * inserts the batch in one transaction and only then completes the requests' futures. One writer
 * means the chain never forks; one transaction per batch keeps durable writes fast.
 */
public final class DecisionLedger implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DecisionLedger.class);
    static final int MAX_BATCH = 256;

    private record Pending(DecisionRecord record, CompletableFuture<DecisionRecord> done) {
    }

    private final AuditStore store;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(10_000);
    private final Thread writer;
    private volatile boolean running = true;
    private AuditStore.Tail tail;

    public DecisionLedger(AuditStore store) {
        this.store = store;
        this.tail = store.tail();
        this.writer = new Thread(this::run, "decision-ledger-writer");
        writer.setDaemon(true);
        writer.start();
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
        List<DecisionRecord> chained = new ArrayList<>(batch.size());
        long seq = tail.seq();
        String prev = tail.hash();
        for (Pending p : batch) {
            DecisionRecord r = p.record().chained(++seq, prev);
            chained.add(r);
            prev = r.hash();
        }
        try {
            store.insert(chained);
            tail = new AuditStore.Tail(seq, prev);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).done().complete(chained.get(i));
            }
        } catch (RuntimeException e) {
            log.error("Could not store {} decision records: {}", batch.size(), e.toString());
            tail = store.tail();
            for (Pending p : batch) {
                p.done().completeExceptionally(e);
            }
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
