package uk.childsafeguarding.decisions.system;

import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.childsafeguarding.decisions.engine.RuleSet;

/**
 * Codes a request schema cannot list by itself because they are rule set data (the indicator
 * catalogue, the review criteria): a feature adds them to its schema for the rule set in force, so the
 * schema that validates a request and the one published both name exactly the codes the rules know.
 */
public interface SchemaVocabulary {

    /** The feature whose request schema this completes ("thresholds", "review"). */
    String feature();

    /** Adds the rule set's codes to the feature's request schema (a copy, for this rule set only). */
    void describe(ObjectNode requestSchema, RuleSet ruleSet);
}
