package uk.childsafeguarding.decisions.engine;

import java.util.List;

/** One rule firing: the rule and what triggered it (indicator codes or input fields). */
public record FiredRule(RuleInfo rule, List<String> because) {
}
