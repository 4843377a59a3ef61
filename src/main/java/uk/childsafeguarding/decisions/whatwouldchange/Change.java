package uk.childsafeguarding.decisions.whatwouldchange;

import java.util.function.Consumer;

import tools.jackson.databind.node.ObjectNode;

/**
 * One candidate change to a stored request: one fact a practitioner could learn or have missed.
 *
 * @param fact   which fact it changes (an indicator code, a field path); two changes to the same fact are never paired
 * @param clause the change in plain English, completing "If ..." (no codes, no field paths)
 * @param stated true when it removes or alters something the request stated, false when it adds a fact
 * @param edit   makes the change on a copy of the request
 */
public record Change(String fact, String clause, boolean stated, Consumer<ObjectNode> edit) {
}
