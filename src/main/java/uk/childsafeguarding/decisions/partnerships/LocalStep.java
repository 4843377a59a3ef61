package uk.childsafeguarding.decisions.partnerships;

import java.util.List;

/**
 * One of a partnership's own steps after a notification or a review recommendation ("send the incident to
 * the review group first"), shown when its trigger applies. Fact for the generic local-step rules; the
 * texts may name the child's area as {area}.
 */
public record LocalStep(LocalCitation citation, String decision, LocalStepTrigger when, List<String> steps) {

    /** The trigger (named "trigger" for the rules: "when" is a word of the rule language). */
    public LocalStepTrigger getTrigger() { return when; }
}
