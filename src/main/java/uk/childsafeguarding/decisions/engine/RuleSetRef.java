package uk.childsafeguarding.decisions.engine;

/** In every answer: which rule set (feature) answered, and its version. */
public record RuleSetRef(String name, String version) {
}
