package uk.childsafeguarding.decisions.engine;

import java.time.LocalDate;

import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Lets a rule fire only when it is in force on the request's asAt date: inclusive from, exclusive to,
 * so there is no gap at a boundary. (Each feature has its own KieBase, so only its rules can match.)
 */
final class AsAtAgendaFilter implements AgendaFilter {
    private final RuleSet ruleSet;
    private final LocalDate asAt;

    AsAtAgendaFilter(RuleSet ruleSet, LocalDate asAt) {
        this.ruleSet = ruleSet;
        this.asAt = asAt;
    }

    @Override
    public boolean accept(Match match) {
        return ruleSet.info(match.getRule()).inForceOn(asAt);
    }
}
