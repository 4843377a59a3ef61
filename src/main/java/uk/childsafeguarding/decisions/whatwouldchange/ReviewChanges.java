package uk.childsafeguarding.decisions.whatwouldchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.childsafeguarding.decisions.audit.DecisionType;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.notification.AbuseOrNeglect;
import uk.childsafeguarding.decisions.notification.Outcome;
import uk.childsafeguarding.decisions.review.CriteriaCatalogue;
import uk.childsafeguarding.decisions.review.Criterion;
import uk.childsafeguarding.decisions.review.DiscretionaryGround;
import uk.childsafeguarding.decisions.review.LearningSufficiency;
import uk.childsafeguarding.decisions.review.Rating;
import uk.childsafeguarding.decisions.review.Recommendation;
import uk.childsafeguarding.decisions.review.ReviewAssessment;
import uk.childsafeguarding.decisions.review.ScrStatus;

/**
 * Changes worth trying for a review: each criterion of the rule set's criteria sheet rated
 * differently (the criteria and their questions are read from the rule set), what happened to the
 * child, whether abuse or neglect is known or suspected, whether the rapid review's learning is
 * sufficient, each discretionary ground, and a serious case review under way. The partners' views
 * are not varied: they are the partners' positions, not facts about the case, and they decide the
 * partners' protocol, not the recommendation. Dates are not varied (they set the timetable).
 */
@Component
class ReviewChanges implements ChangeCandidates {

    static final String FEATURE = "review";

    private static final Map<LearningSufficiency, String> LEARNING = Map.of(
            LearningSufficiency.YES, "the rapid review had found its learning sufficient",
            LearningSufficiency.NO, "the rapid review had found its learning not sufficient",
            LearningSufficiency.UNKNOWN, "it had not yet been known whether the rapid review's learning is sufficient");
    private static final Map<ScrStatus, String> SCR = Map.of(ScrStatus.IN_PROGRESS, "a serious case review had already been under way",
            ScrStatus.COMPLETED_UNPUBLISHED, "a serious case review had been completed but not published",
            ScrStatus.PUBLISHED, "a serious case review had been published");
    private static final Map<DiscretionaryGround, String> GROUNDS = Map.of(DiscretionaryGround.NEAR_MISS, "a near miss",
            DiscretionaryGround.EXEMPLARY_PRACTICE, "exemplary practice", DiscretionaryGround.POOR_PRACTICE, "poor practice");
    private static final Map<Recommendation, String> RECOMMENDATIONS = Map.of(
            Recommendation.LOCAL_CSPR, "a local child safeguarding practice review",
            Recommendation.NO_FURTHER_REVIEW, "no further review",
            Recommendation.REFER_FOR_NATIONAL_REVIEW, "refer the case to the Panel for a national review",
            Recommendation.DISCRETIONARY_REVIEW, "a discretionary review",
            Recommendation.NOT_A_SERIOUS_CASE, "not a serious case");

    @Override
    public String decisionType() {
        return FEATURE;
    }

    @Override
    public List<Change> candidates(ObjectNode request, RuleSet ruleSet) {
        List<Change> out = new ArrayList<>();
        CriteriaCatalogue catalogue = ruleSet.data(CriteriaCatalogue.class);
        List<String> rated = catalogue.ratedFields();
        for (Criterion c : catalogue.criteria()) {
            String question = "\u201c" + c.question() + "\u201d";
            if (rated.contains(c.field())) {
                JsonNode v = RequestEdits.at(request, "criteria", c.field());
                String now = v == null || v.isNull() ? Rating.UNKNOWN.name() : v.asString();
                for (Rating r : Rating.values()) {
                    if (!r.name().equals(now)) {
                        String clause = r == Rating.UNKNOWN ? "the review group had left " + question + " unanswered"
                                : "the review group had answered " + r.name().toLowerCase(java.util.Locale.ROOT) + " to " + question;
                        Change.Kind kind = v == null ? Change.Kind.ADDS : r == Rating.UNKNOWN ? Change.Kind.REMOVES : Change.Kind.ALTERS;
                        out.add(new Change("criteria." + c.field(), clause, kind, req -> RequestEdits.object(req, "criteria").put(c.field(), r.name())));
                    }
                }
            } else {
                // a criterion the request carries as a top-level yes/no (the Panel's own conclusion)
                RequestEdits.turnOver(out, request, null, c.field(), false, "the answer to " + question + " had been yes",
                        "the answer to " + question + " had been no");
            }
        }
        RequestEdits.otherValues(out, request, "case", "outcome", Outcome.values(), NotificationChanges.OUTCOMES, null);
        RequestEdits.otherValues(out, request, "case", "abuseOrNeglect", AbuseOrNeglect.values(), NotificationChanges.ABUSE, null);

        RequestEdits.otherValues(out, request, null, "rapidReviewLearningSufficient", LearningSufficiency.values(), LEARNING, LearningSufficiency.UNKNOWN);

        List<String> grounds = RequestEdits.strings(request.get("discretionaryGrounds"));
        for (DiscretionaryGround g : DiscretionaryGround.values()) {
            boolean present = grounds.contains(g.name());
            String words = GROUNDS.getOrDefault(g, g.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            out.add(new Change("discretionaryGrounds " + g.name(),
                    present ? "the partners had not seen " + words + " as a reason for a discretionary review"
                            : "the partners had also seen " + words + " as a reason for a discretionary review",
                    present ? Change.Kind.REMOVES : Change.Kind.ADDS, r -> {
                        List<String> now = RequestEdits.strings(r.get("discretionaryGrounds"));
                        if (present) {
                            now.remove(g.name());
                        } else {
                            now.add(g.name());
                        }
                        RequestEdits.setStrings(r, "discretionaryGrounds", now);
                    }));
        }

        RequestEdits.otherValues(out, request, null, "seriousCaseReview", ScrStatus.values(), SCR, null);
        JsonNode scr = request.get("seriousCaseReview");
        if (scr != null && !scr.isNull()) {
            out.add(new Change("seriousCaseReview", "no serious case review had been started", Change.Kind.REMOVES, r -> r.remove("seriousCaseReview")));
        }
        return out;
    }

    @Override
    public Object headline(DecisionType.Evaluated evaluated) {
        return ((ReviewAssessment) evaluated.response()).recommendation().name();
    }

    @Override
    public String describe(Object headline) {
        return RECOMMENDATIONS.getOrDefault(Recommendation.valueOf((String) headline), ((String) headline).toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
}
