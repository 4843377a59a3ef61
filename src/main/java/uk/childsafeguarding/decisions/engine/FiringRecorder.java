package uk.childsafeguarding.decisions.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records every rule that fires, in firing order, with its metadata and what triggered it. */
final class FiringRecorder extends DefaultAgendaEventListener {

    private final RuleSet ruleSet;
    private final Because because;
    private final List<FiredRule> fired = new ArrayList<>();

    FiringRecorder(RuleSet ruleSet, Because because) {
        this.ruleSet = ruleSet;
        this.because = because;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        RuleInfo info = ruleSet.info(event.getMatch().getRule());
        Set<String> triggers = new LinkedHashSet<>();
        for (Object o : event.getMatch().getObjects()) {
            if (o instanceof Explains e) {
                triggers.addAll(e.because());
            }
        }
        triggers.addAll(because.drain());
        fired.add(new FiredRule(info, List.copyOf(triggers)));
    }

    List<FiredRule> fired() {
        return fired;
    }
}
