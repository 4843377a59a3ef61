package uk.childsafeguarding.decisions.audit;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.childsafeguarding.decisions.access.Access;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.engine.RuleSetHolder;
import uk.childsafeguarding.decisions.engine.RuleSetReloaded;

/**
 * One rule set in force for every instance on one audit store. The version in force is held in the
 * store (active_rule_set): a start-up or a reload on any instance stores the rule set's files (once)
 * and records its version; every instance checks the record every few seconds and, when it has
 * changed, rebuilds that version from its stored files and serves it. So a reload on one instance
 * reaches the others within seconds without their needing the same rules folder, and every answer
 * still carries the version that made it (each request takes the rule set once).
 *
 * <p>Reading chosen for start-up: starting an instance is a deployment, so its rules become the ones
 * in force (as with one instance, where a restart with changed rules/ serves them). Deploy every
 * instance with the same rules; otherwise the last one started wins for all.
 */
@Component
class ActiveRuleSet implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ActiveRuleSet.class);

    private final AuditStore store;
    private final RuleSetSnapshots snapshots;
    private final RuleSetHolder holder;
    private final Access access;
    private final Duration interval;
    private final ScheduledExecutorService follower = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rule-set-follower");
        t.setDaemon(true);
        return t;
    });
    /** The version in the store as this instance last saw or wrote it; only a change from it is followed. */
    private volatile String lastSeen;

    ActiveRuleSet(AuditStore store, RuleSetSnapshots snapshots, RuleSetHolder holder, Access access,
            @Value("${safeguarding.rules.follow-interval:2s}") Duration interval) {
        this.store = store;
        this.snapshots = snapshots;
        this.holder = holder;
        this.access = access;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        activate(holder.current(), "start-up of process " + ProcessHandle.current().pid());
        follower.scheduleWithFixedDelay(this::follow, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @EventListener
    void reloaded(RuleSetReloaded event) {
        activate(event.ruleSet(), "reload by " + access.user());
    }

    private synchronized void activate(RuleSet ruleSet, String by) {
        snapshots.ensureStored(ruleSet);
        store.activateRuleSet(ruleSet.version(), by);
        lastSeen = ruleSet.version();
    }

    /** Serves the version recorded in the store when it has changed since this instance last looked. */
    synchronized void follow() {
        try {
            String recorded = store.activeRuleSet().orElse(null);
            if (recorded == null || recorded.equals(lastSeen)) {
                return;
            }
            if (!recorded.equals(holder.current().version())) {
                holder.use(snapshots.byVersion(recorded));
                log.info("Following the rule set put in force by another instance: {}", recorded);
            }
            lastSeen = recorded;
        } catch (RuntimeException e) {
            log.error("Could not follow the rule set in force: {}", e.toString());
        }
    }

    @Override
    public void close() {
        follower.shutdownNow();
    }
}
