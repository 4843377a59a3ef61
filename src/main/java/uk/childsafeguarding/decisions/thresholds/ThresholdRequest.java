package uk.childsafeguarding.decisions.thresholds;

import java.util.List;

import uk.childsafeguarding.decisions.partnerships.Area;
import uk.childsafeguarding.decisions.partnerships.DecisionScope;

/** A validated threshold request. */
public record ThresholdRequest(DecisionScope scope, Area area, String caseReference, ReporterRole reporterRole, Child child,
        List<Indicator> indicators, Circumstances circumstances, List<String> strengths) {
}
