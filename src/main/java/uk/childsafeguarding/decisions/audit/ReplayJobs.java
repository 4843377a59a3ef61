package uk.childsafeguarding.decisions.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.childsafeguarding.decisions.system.DecisionIds;

/**
 * Impact replays over a period: replays every matching decision (in parallel, chunk by chunk) and
 * counts what changed, so a rule change can be judged before it is adopted. Jobs run in the
 * background; their progress and result can be read while they run.
 */
@Component
public class ReplayJobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplayJobs.class);
    static final int MAX_CHANGED_LISTED = 1000;

    public static final class Job {
        final String id = DecisionIds.next();
        final RecordFilter filter;
        final Replayer.Against against;
        final String owner;
        final long total;
        final AtomicLong processed = new AtomicLong();
        final AtomicLong reproduced = new AtomicLong();
        final AtomicLong differs = new AtomicLong();
        final AtomicLong notEvaluable = new AtomicLong();
        final Map<String, Long> outcomeChanges = new TreeMap<>();
        final List<Replayer.Result> changed = new ArrayList<>();
        final Instant started = Instant.now();
        volatile Instant finished;
        volatile String status = "RUNNING";
        volatile String failure;
        final java.util.concurrent.CountDownLatch finishedSignal = new java.util.concurrent.CountDownLatch(1);

        Job(RecordFilter filter, Replayer.Against against, String owner, long total) {
            this.filter = filter;
            this.against = against;
            this.owner = owner;
            this.total = total;
        }

        synchronized void count(Replayer.Result r) {
            processed.incrementAndGet();
            switch (r.status()) {
                case "REPRODUCED" -> reproduced.incrementAndGet();
                case "DIFFERS" -> differs.incrementAndGet();
                default -> notEvaluable.incrementAndGet();
            }
            if (r.changed()) {
                outcomeChanges.merge(r.recordedOutcome() + " -> " + (r.replayedOutcome() == null ? "not evaluable" : r.replayedOutcome()), 1L, Long::sum);
                if (changed.size() < MAX_CHANGED_LISTED) {
                    changed.add(r);
                }
            }
        }

        public synchronized Map<String, Object> view(boolean withChanges) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("jobId", id);
            m.put("status", status);
            m.put("against", against);
            m.put("filter", filter);
            m.put("total", total);
            m.put("processed", processed.get());
            m.put("progress", total == 0 ? 1.0 : Math.round(1000.0 * processed.get() / total) / 1000.0);
            m.put("counts", Map.of("reproduced", reproduced.get(), "differs", differs.get(), "notEvaluable", notEvaluable.get()));
            m.put("outcomeChanges", outcomeChanges);
            m.put("startedAt", started.toString());
            m.put("finishedAt", finished == null ? null : finished.toString());
            if (failure != null) {
                m.put("failure", failure);
            }
            if (withChanges) {
                m.put("changedDecisions", changed);
                m.put("changedDecisionsListed", changed.size() + " of " + (differs.get() + notEvaluable.get()) + " (at most " + MAX_CHANGED_LISTED + ")");
            }
            return m;
        }

        public boolean done() {
            return finishedSignal.getCount() == 0;
        }

        /** Waits until the job has finished or the time is up; true when it finished. */
        public boolean awaitDone(java.time.Duration wait) throws InterruptedException {
            return finishedSignal.await(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        public String id() {
            return id;
        }

        public String owner() {
            return owner;
        }
    }

    /** A job whose stored state has not moved for this long was left by an instance that stopped. */
    static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofMinutes(2);

    private final AuditStore store;
    private final Replayer replayer;
    private final tools.jackson.databind.json.JsonMapper mapper;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "impact-replay");
        t.setDaemon(true);
        return t;
    });
    private final ForkJoinPool workers = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    ReplayJobs(AuditStore store, Replayer replayer, tools.jackson.databind.json.JsonMapper mapper) {
        this.store = store;
        this.replayer = replayer;
        this.mapper = mapper;
    }

    public Job start(RecordFilter filter, Replayer.Against against, String owner) {
        Job job = new Job(filter, against, owner, store.count(filter));
        save(job);
        jobs.put(job.id, job);
        runner.submit(() -> run(job));
        return job;
    }

    public Job get(String id) {
        return jobs.get(id);
    }

    /**
     * A job as any instance sees it, for its owner only: this instance's own jobs from memory, others'
     * from the store. A job still RUNNING whose stored state has not moved for {@link #ABANDONED_AFTER}
     * was left by an instance that stopped, and is reported as FAILED.
     */
    public java.util.Optional<Object> view(String id, String user) {
        Job local = jobs.get(id);
        if (local != null) {
            return local.owner().equals(user) ? java.util.Optional.of(local.view(local.done())) : java.util.Optional.empty();
        }
        return store.job(id).filter(j -> j.owner().equals(user)).map(j -> {
            tools.jackson.databind.node.ObjectNode view = (tools.jackson.databind.node.ObjectNode) mapper.readTree(j.viewJson());
            if (j.status().equals("RUNNING") && Instant.parse(j.updatedAt()).plus(ABANDONED_AFTER).isBefore(Instant.now())) {
                view.put("status", "FAILED");
                view.put("failure", "the instance running this job stopped before it finished; start it again");
            }
            return view;
        });
    }

    /** Progress is saved after every chunk and at the end; the changed decisions only once the job is done. */
    private void save(Job job) {
        try {
            store.saveJob(job.id, job.owner, job.status, mapper.writeValueAsString(job.view(!job.status.equals("RUNNING"))));
        } catch (RuntimeException e) {
            log.warn("Could not save the progress of impact replay {}: {}", job.id, e.toString());
        }
    }

    private void run(Job job) {
        try {
            List<DecisionRecord> chunk = new ArrayList<>(AuditStore.CHUNK);
            store.forEachDecision(job.filter, r -> {
                chunk.add(r);
                if (chunk.size() == AuditStore.CHUNK) {
                    replayChunk(job, chunk);
                    chunk.clear();
                }
            });
            replayChunk(job, chunk);
            job.status = "DONE";
        } catch (RuntimeException e) {
            log.error("Impact replay {} failed: {}", job.id, e.toString());
            job.failure = e.getMessage();
            job.status = "FAILED";
        }
        // saved as finished before the waiting request is released, so a poll on any instance agrees with its answer
        job.finished = Instant.now();
        save(job);
        job.finishedSignal.countDown();
    }

    private void replayChunk(Job job, List<DecisionRecord> chunk) {
        List<DecisionRecord> work = List.copyOf(chunk);
        workers.submit(() -> work.parallelStream().map(r -> replayer.replay(r, job.against)).forEach(job::count)).join();
        if (!work.isEmpty()) {
            save(job);
        }
    }

    @Override
    public void close() {
        runner.shutdownNow();
        workers.shutdownNow();
    }
}
