package uk.childsafeguarding.decisions.engine;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.childsafeguarding.decisions.system.StartUpWork;

/** The rule set in force now. Requests take the current one once and use it throughout. */
public final class RuleSetHolder {

    private static final Logger log = LoggerFactory.getLogger(RuleSetHolder.class);
    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    private volatile StartUpWork<RuleSet> loading;

    public RuleSet current() {
        RuleSet rs = current.get();
        if (rs == null && loading != null) {
            rs = awaitLoaded();
        }
        if (rs == null) {
            throw new IllegalStateException("no rule set is loaded");
        }
        return rs;
    }

    public boolean isLoaded() {
        return current.get() != null;
    }

    public void use(RuleSet ruleSet) {
        current.set(ruleSet);
        log.info("Rule set in force: {} ({} rules) from {}", ruleSet.version(), ruleSet.allRules().size(), ruleSet.files().origin());
    }

    /**
     * Start-up: loads the first rule set on its own thread while the rest of the service is built
     * (the cached kjar and the KieBases take about a second, mostly on one core). Whoever needs it
     * first waits for it; EngineConfiguration waits for it before the web server starts, so a rule
     * file that does not compile still stops start-up, and no request is answered without it.
     */
    void loadInBackground(Supplier<RuleSet> loader) {
        loading = StartUpWork.onItsOwnThread("rule-set-start-up-load", loader);
    }

    /** The first rule set once loaded; a failure to load it is thrown as it was thrown by the loader. */
    RuleSet awaitLoaded() {
        StartUpWork<RuleSet> work = loading;
        if (work == null) {
            return current.get();
        }
        RuleSet rs = work.get();
        synchronized (this) {
            if (current.get() == null) {
                use(rs);
            }
        }
        return current.get();
    }
}
