package uk.childsafeguarding.decisions.review;

import java.util.List;

import uk.childsafeguarding.decisions.engine.Reason;
import uk.childsafeguarding.decisions.engine.RuleSetRef;
import uk.childsafeguarding.decisions.partnerships.PartnershipRef;

/** The response to a review request (shared/contract.md, "Review assessment"). */
public record ReviewAssessment(
        String decisionId,
        RuleSetRef ruleSet,
        String asAt,
        PartnershipRef partnership,
        Recommendation recommendation,
        RecommendationStrength strength,
        ReviewType reviewType,
        boolean professionalJudgementRequired,
        List<CriterionItem> criteria,
        PartnerDecision partnerDecision,
        List<TimetableItem> timetable,
        List<Step> localProcess,
        String regime,
        List<String> notes,
        List<Reason> reasons,
        String caveat) {

    public record CriterionItem(String id, String question, Rating rating, String weight, String contribution, Reason.Citation source) {
    }

    public record TimetableItem(String id, String dueBy, String basis) {
    }

    public record Step(int order, String text) {
    }
}
