package uk.childsafeguarding.decisions.audit;

import java.time.LocalDate;

import tools.jackson.databind.JsonNode;
import uk.childsafeguarding.decisions.engine.RuleSet;

/**
 * A kind of decision the service makes (thresholds, notification, review): how a request is read
 * and evaluated against a rule set, so that the same path serves live requests and replays.
 */
public interface DecisionType {

    /** The feature name, which is also its DRL package and its folder in rules/ and test-scenarios/. */
    String name();

    /** Validates (throwing ApiProblem for bad input) and evaluates a request body. */
    Evaluated evaluate(JsonNode body, RuleSet ruleSet, String decisionId, LocalDate today);

    /** The headline outcome of a response, for summaries and impact counts ("level 4", "REQUIRED", "LOCAL_CSPR"). */
    String outcomeOf(JsonNode response);

    /** What a practitioner's differing final decision is recorded as, for this type. */
    default String finalDecisionField() {
        return "finalDecision";
    }

    /**
     * The codes a practitioner's differing final decision may take: the answer's own vocabulary, so
     * the summary compares like with like. Empty where the final decision is a level (thresholds).
     */
    default java.util.List<String> finalDecisionCodes() {
        return java.util.List.of();
    }

    /** outcome: the headline outcome of the response, as {@link #outcomeOf} would read it from the JSON. */
    record Evaluated(Object response, String outcome, String partnershipId, LocalDate asAt, String caseReference) {
    }
}
