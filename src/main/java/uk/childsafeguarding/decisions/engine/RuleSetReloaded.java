package uk.childsafeguarding.decisions.engine;

/** Published after a rules administrator's reload put a rule set in force on this instance. */
public record RuleSetReloaded(RuleSet ruleSet) {
}
