package uk.childsafeguarding.decisions.review;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import uk.childsafeguarding.decisions.audit.DecisionType;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.partnerships.Partnerships;

/** Review assessments as a recorded, replayable decision type. */
@Component
class ReviewDecisions implements DecisionType {

    private final ReviewAssessor assessor;

    ReviewDecisions(ReviewAssessor assessor) {
        this.assessor = assessor;
    }

    @Override
    public String name() {
        return ReviewAssessor.FEATURE;
    }

    @Override
    public Evaluated evaluate(JsonNode body, RuleSet ruleSet, String decisionId, LocalDate today) {
        ReviewRequest request = ReviewRequestReader.read(body, ruleSet.data(Partnerships.class), ruleSet.data(CriteriaCatalogue.class), today);
        var a = assessor.assess(request, ruleSet, decisionId);
        return new Evaluated(a, a.recommendation().name(), request.scope().partnership().id(), request.scope().asAt(),
                request.caseReference());
    }

    @Override
    public java.util.List<String> finalDecisionCodes() {
        return java.util.Arrays.stream(Recommendation.values()).map(Enum::name).toList();
    }

    @Override
    public String outcomeOf(JsonNode response) {
        return response.at("/recommendation").asString();
    }
}
