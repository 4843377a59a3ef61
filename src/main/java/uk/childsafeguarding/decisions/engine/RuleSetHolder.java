package uk.childsafeguarding.decisions.engine;

import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The rule set in force now. Requests take the current one once and use it throughout. */
public final class RuleSetHolder {

    private static final Logger log = LoggerFactory.getLogger(RuleSetHolder.class);
    private final AtomicReference<RuleSet> current = new AtomicReference<>();

    public RuleSet current() {
        RuleSet rs = current.get();
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
}
