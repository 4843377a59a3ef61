package uk.childsafeguarding.decisions.engine;

import java.time.LocalDate;

import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Lets a rule fire only when it belongs to the feature being evaluated (its DRL package) and is in
 * force on the request's asAt date. Inclusive from, exclusive to, so there is no gap at a boundary.
 */
final class AsAtAgendaFilter implements AgendaFilter {
    private final RuleSet ruleSet;
    private final String feature;
    private final LocalDate asAt;

    AsAtAgendaFilter(RuleSet ruleSet, String feature, LocalDate asAt) {
        this.ruleSet = ruleSet;
        this.feature = feature;
        this.asAt = asAt;
    }

    @Override
    public boolean accept(Match match) {
        RuleInfo info = ruleSet.info(match.getRule());
        return info.pkg().equals(feature) && info.inForceOn(asAt);
    }
}
