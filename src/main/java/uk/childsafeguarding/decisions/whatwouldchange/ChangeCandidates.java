package uk.childsafeguarding.decisions.whatwouldchange;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;
import uk.childsafeguarding.decisions.audit.DecisionType;
import uk.childsafeguarding.decisions.engine.RuleSet;

/**
 * The changes worth trying for one decision type, and how its headline answer is read. One Spring
 * bean per decision type registers it; the search itself knows no feature.
 */
public interface ChangeCandidates {

    /** The decision type's name (thresholds, notification, review), as {@link DecisionType#name()}. */
    String decisionType();

    /**
     * The single changes to try, in a fixed order, drawn from facts a practitioner could learn; never
     * the partnership, its area, asAt or the reporter. Read from the rule set's own data where it has any.
     */
    List<Change> candidates(ObjectNode request, RuleSet ruleSet);

    /** The headline answer: threshold the level number, notification the decision, review the recommendation. */
    Object headline(DecisionType.Evaluated evaluated);

    /** How far apart two headlines are (1 where answers have no order); a larger move is more decisive. */
    default int distance(Object from, Object to) {
        return 1;
    }

    /** The headline in words, for pages. */
    String describe(Object headline);
}
