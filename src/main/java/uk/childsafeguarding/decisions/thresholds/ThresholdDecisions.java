package uk.childsafeguarding.decisions.thresholds;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import uk.childsafeguarding.decisions.audit.DecisionType;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.partnerships.Partnerships;

/** Threshold assessments as a recorded, replayable decision type. */
@Component
class ThresholdDecisions implements DecisionType {

    private final ThresholdAssessor assessor;

    ThresholdDecisions(ThresholdAssessor assessor) {
        this.assessor = assessor;
    }

    @Override
    public String name() {
        return ThresholdAssessor.FEATURE;
    }

    @Override
    public Evaluated evaluate(JsonNode body, RuleSet ruleSet, String decisionId, LocalDate today) {
        ThresholdRequest request = ThresholdRequestReader.read(body, ruleSet.data(Partnerships.class), ruleSet.data(IndicatorCatalogue.class), today);
        var a = assessor.assess(request, ruleSet, decisionId);
        return new Evaluated(a, "level " + a.level().number(), request.scope().partnership().id(), request.scope().asAt(),
                request.caseReference());
    }

    @Override
    public String outcomeOf(JsonNode response) {
        return "level " + response.at("/level/number").asInt();
    }

    @Override
    public String finalDecisionField() {
        return "finalLevel";
    }
}
