package uk.childsafeguarding.decisions.thresholds;

import java.util.List;

import uk.childsafeguarding.decisions.engine.Explains;

/** Classification: Devon's health-professional gate applies (a health reporter in an area that allows it). */
public final class NimHealthGate implements Explains {
    @Override
    public List<String> because() {
        return List.of("reporter.role=HEALTH");
    }
}
