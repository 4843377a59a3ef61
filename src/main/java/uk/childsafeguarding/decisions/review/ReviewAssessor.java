package uk.childsafeguarding.decisions.review;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import uk.childsafeguarding.decisions.calendar.WorkingDayCalendar;
import uk.childsafeguarding.decisions.engine.FeatureParameters;
import uk.childsafeguarding.decisions.engine.FiredRule;
import uk.childsafeguarding.decisions.engine.Reason;
import uk.childsafeguarding.decisions.engine.RuleSession;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.engine.RuleSetRef;
import uk.childsafeguarding.decisions.partnerships.PartnershipRef;
import uk.childsafeguarding.decisions.engine.Source;
import uk.childsafeguarding.decisions.partnerships.LocalArrangements;
import uk.childsafeguarding.decisions.partnerships.Partnership;
import uk.childsafeguarding.decisions.partnerships.Partnerships;

/** Runs the review rules for one case and shapes the explained answer. */
@Service
public class ReviewAssessor {

    static final String FEATURE = "review";
    static final String CAVEAT = "This supports, and does not replace, the safeguarding partners' decision. The statutory criteria are matters to take "
            + "into account, not a checklist that compels a review; only the Panel decides on a national review. Record the decision and its rationale.";

    public ReviewAssessment assess(ReviewRequest request, RuleSet ruleSet, String decisionId) {
        var asAt = request.scope().asAt();
        ReviewFindings findings = new ReviewFindings(ruleSet.data(WorkingDayCalendar.class));
        Partnership p = request.scope().partnership();
        List<FiredRule> fired;
        LocalArrangements arrangements = new LocalArrangements(p, request.areaId(), asAt);
        try (RuleSession session = ruleSet.session(FEATURE, asAt)) {
            session.global("reviewFindings", findings)
                    .insert(request.reviewCase())
                    .insert(arrangements)
                    .insertAll(arrangements.localFactsFor("review"))
                    .insertAll(request.ratings())
                    .insertAll(ruleSet.data(FeatureParameters.class).of(FEATURE).factsAt(asAt));
            fired = session.fire();
        }
        ReviewRecommendation r = findings.recommendation();
        if (r == null || findings.protocol() == null) {
            throw new IllegalStateException("the review rules reached no recommendation or protocol; rule set " + ruleSet.version() + " is incomplete");
        }
        PartnerDecision decision = findings.protocol().decide(request.partnerViews(), r.getRecommendation(), findings.escalation());
        List<ReviewAssessment.CriterionItem> criteria = new ArrayList<>();
        for (CriterionRating c : request.ratings()) {
            Source s = ruleSet.sources().get(c.criterion().sourceOn(asAt));
            criteria.add(new ReviewAssessment.CriterionItem(c.getId(), c.criterion().question(), c.getRating(), c.getWeight(), c.contribution(),
                    new Reason.Citation(s.id(), s.title(), c.criterion().sectionOn(asAt), s.url(), s.confidence())));
        }
        List<ReviewAssessment.Step> steps = new ArrayList<>();
        for (String s : findings.localProcess()) {
            steps.add(new ReviewAssessment.Step(steps.size() + 1, s));
        }
        return new ReviewAssessment(decisionId,
                new RuleSetRef(FEATURE, ruleSet.version()),
                asAt.toString(),
                PartnershipRef.of(p),
                r.getRecommendation(), r.getStrength(), r.getReviewType(), findings.isJudgementRequired(),
                criteria, decision,
                findings.timetable().stream().map(t -> new ReviewAssessment.TimetableItem(t.id(), t.dueBy().toString(), t.basis())).toList(),
                steps, findings.regime(), findings.notes(), Reason.withLocal(Reason.of(fired, ruleSet.sources(), asAt), findings.local().reasons(ruleSet.sources())), CAVEAT);
    }
}
