package uk.childsafeguarding.decisions.whatwouldchange;

import java.util.function.Consumer;

import tools.jackson.databind.node.ObjectNode;

/**
 * One candidate change to a stored request: one fact a practitioner could learn or have missed.
 *
 * @param fact   which fact it changes (an indicator code, a field path); two changes to the same fact are never paired
 * @param clause the change in plain English, completing "If ..." (no codes, no field paths)
 * @param kind   whether it takes away, alters or adds to what the request stated
 * @param edit   makes the change on a copy of the request
 */
public record Change(String fact, String clause, Kind kind, Consumer<ObjectNode> edit) {

    /**
     * In the order the answer rests on them: a fact the request stated and the answer needed shows
     * most about what it rests on; a fact that would have to be added, least.
     */
    public enum Kind {
        /** takes away something the request stated (an indicator, a circumstance, a rating) */
        REMOVES,
        /** gives a stated fact another value (a rating, an age, a more or less severe indicator) */
        ALTERS,
        /** adds a fact the request did not state */
        ADDS
    }
}
