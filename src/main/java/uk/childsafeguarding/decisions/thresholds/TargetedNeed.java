package uk.childsafeguarding.decisions.thresholds;

import java.util.List;

import uk.childsafeguarding.decisions.engine.Explains;

/**
 * A level-3 need that escalation can lift: another level-3 indicator, or several needs that together
 * reached the targeted level. An escalating signal (non-engagement, a stalled plan) is never its own
 * targeted need.
 */
public final class TargetedNeed implements Explains {
    private final List<String> because;

    public TargetedNeed(List<String> because) {
        this.because = List.copyOf(because);
    }

    @Override
    public List<String> because() {
        return because;
    }
}
