package uk.childsafeguarding.decisions.notification;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import uk.childsafeguarding.decisions.audit.DecisionType;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.partnerships.Partnerships;

/** Notification assessments as a recorded, replayable decision type. */
@Component
class NotificationDecisions implements DecisionType {

    private final NotificationAssessor assessor;

    NotificationDecisions(NotificationAssessor assessor) {
        this.assessor = assessor;
    }

    @Override
    public String name() {
        return NotificationAssessor.FEATURE;
    }

    @Override
    public Evaluated evaluate(JsonNode body, RuleSet ruleSet, String decisionId, LocalDate today) {
        NotificationRequest request = NotificationRequestReader.read(body, ruleSet.data(Partnerships.class), today);
        var a = assessor.assess(request, ruleSet, decisionId);
        return new Evaluated(a, a.notification().decision().name(), request.scope().partnership().id(), request.scope().asAt(),
                request.caseReference());
    }

    @Override
    public java.util.List<String> finalDecisionCodes() {
        return java.util.Arrays.stream(NotificationDecisionValue.values()).map(Enum::name).toList();
    }

    @Override
    public String outcomeOf(JsonNode response) {
        return response.at("/notification/decision").asString();
    }
}
