package uk.childsafeguarding.decisions.engine;

import java.time.LocalDate;
import java.util.List;

import org.kie.api.runtime.KieSession;

/**
 * One evaluation: a session from the shared KieBase's pool (reset, so as good as new), with its own
 * firing recorder, for one feature (DRL package) as at one date. Not thread-safe; create one per
 * request and close it, which resets the session and returns it to the pool.
 */
public final class RuleSession implements AutoCloseable {

    private final KieSession session;
    private final FiringRecorder recorder;
    private final AsAtAgendaFilter filter;

    RuleSession(RuleSet ruleSet, String feature, LocalDate asAt) {
        this.session = ruleSet.sessions(feature).newKieSession();
        Because because = new Because();
        this.recorder = new FiringRecorder(ruleSet, because);
        this.filter = new AsAtAgendaFilter(ruleSet, asAt);
        session.addEventListener(recorder);
        if (ruleSet.declaresGlobal(feature, "because")) {
            session.setGlobal("because", because);
        }
    }

    public RuleSession insert(Object fact) {
        session.insert(fact);
        return this;
    }

    public RuleSession insertAll(Iterable<?> facts) {
        for (Object f : facts) {
            session.insert(f);
        }
        return this;
    }

    public RuleSession global(String name, Object value) {
        session.setGlobal(name, value);
        return this;
    }

    /** Fires the feature's rules in force on asAt; returns every firing in order. */
    public List<FiredRule> fire() {
        session.fireAllRules(filter);
        return List.copyOf(recorder.fired());
    }

    @Override
    public void close() {
        session.dispose();
    }
}
