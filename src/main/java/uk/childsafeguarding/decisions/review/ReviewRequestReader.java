package uk.childsafeguarding.decisions.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import uk.childsafeguarding.decisions.notification.AbuseOrNeglect;
import uk.childsafeguarding.decisions.notification.Outcome;
import uk.childsafeguarding.decisions.partnerships.DecisionScope;
import uk.childsafeguarding.decisions.partnerships.Partnerships;
import uk.childsafeguarding.decisions.system.CaseReference;
import uk.childsafeguarding.decisions.system.DirectIdentifiers;
import uk.childsafeguarding.decisions.system.JsonFields;
import uk.childsafeguarding.decisions.system.Problems;

/** Turns a review request body into a {@link ReviewRequest}, listing every problem. Unrated criteria are UNKNOWN. */
final class ReviewRequestReader {

    static final int MAX_PARTNER_VIEWS = 12;

    private ReviewRequestReader() {
    }

    static ReviewRequest read(JsonNode body, Partnerships partnerships, CriteriaCatalogue catalogue, LocalDate today) {
        Problems problems = new Problems();
        JsonFields root = new JsonFields(body, "", problems);
        root.allowOnly("partnership", "area", "asAt", "caseReference", "case", "dates", "criteria", "panelConcludedLocalReviewMoreAppropriate",
                "rapidReviewLearningSufficient", "discretionaryGrounds", "partnerViews", "seriousCaseReview");
        DecisionScope scope = DecisionScope.read(root, partnerships, today);
        String area = root.text("area", false, 64);
        if (scope != null) {
            List<String> areas = scope.partnership().areaIds();
            if (area != null && !areas.contains(area)) {
                problems.add("area", "unknown area '" + area + "' for partnership '" + scope.partnership().id() + "'; expected one of " + String.join(", ", areas));
            } else if (area == null && scope.partnership().reviewNeedsArea()) {
                problems.add("area", "is required for '" + scope.partnership().id() + "': the review group for the child's area decides; expected one of " + String.join(", ", areas));
            }
        }
        String caseReference = CaseReference.read(root);

        AbuseOrNeglect abuse = null;
        Outcome outcome = null;
        JsonFields c = root.object("case", true);
        if (c != null) {
            c.allowOnly("abuseOrNeglect", "outcome");
            abuse = c.enumValue("abuseOrNeglect", AbuseOrNeglect.class, true);
            outcome = c.enumValue("outcome", Outcome.class, true);
        }

        LocalDate aware = null;
        LocalDate submitted = null;
        LocalDate decided = null;
        JsonFields d = root.object("dates", true);
        if (d != null) {
            d.allowOnly("partnersAwareDate", "notificationSubmittedDate", "decisionDate");
            aware = d.date("partnersAwareDate", true);
            submitted = d.date("notificationSubmittedDate", false);
            decided = d.date("decisionDate", false);
            if (aware != null && submitted != null && submitted.isBefore(aware)) {
                problems.add("dates.notificationSubmittedDate", "is before the partners became aware (" + aware + ")");
            }
            if (aware != null && decided != null && decided.isBefore(aware)) {
                problems.add("dates.decisionDate", "is before the partners became aware (" + aware + ")");
            }
            if (scope != null) {
                scope.requireNotAfterAsAt("dates.partnersAwareDate", aware, problems);
                scope.requireNotAfterAsAt("dates.notificationSubmittedDate", submitted, problems);
                scope.requireNotAfterAsAt("dates.decisionDate", decided, problems);
            }
        }

        boolean panelConcluded = root.flag(CriteriaCatalogue.PANEL_FIELD);
        List<CriterionRating> ratings = new ArrayList<>();
        JsonFields criteria = root.object("criteria", false);
        if (criteria != null) {
            criteria.allowOnly(catalogue.ratedFields().toArray(String[]::new));
        }
        for (Criterion criterion : catalogue.criteria()) {
            Rating rating;
            if (criterion.field().equals(CriteriaCatalogue.PANEL_FIELD)) {
                rating = panelConcluded ? Rating.YES : Rating.NO;
            } else {
                Rating given = criteria == null ? null : criteria.enumValue(criterion.field(), Rating.class, false);
                rating = given == null ? Rating.UNKNOWN : given;
            }
            ratings.add(new CriterionRating(criterion, rating));
        }

        LearningSufficiency learning = root.has("rapidReviewLearningSufficient")
                ? root.enumValue("rapidReviewLearningSufficient", LearningSufficiency.class, false) : LearningSufficiency.UNKNOWN;
        Set<DiscretionaryGround> grounds = EnumSet.noneOf(DiscretionaryGround.class);
        List<String> groundNames = root.strings("discretionaryGrounds", 3, 32);
        for (int i = 0; i < groundNames.size(); i++) {
            try {
                if (!grounds.add(DiscretionaryGround.valueOf(groundNames.get(i)))) {
                    problems.add("discretionaryGrounds[" + i + "]", "listed more than once");
                }
            } catch (IllegalArgumentException e) {
                problems.add("discretionaryGrounds[" + i + "]", "unknown value '" + groundNames.get(i) + "'; expected one of NEAR_MISS, EXEMPLARY_PRACTICE, POOR_PRACTICE");
            }
        }
        ScrStatus scr = root.enumValue("seriousCaseReview", ScrStatus.class, false);
        List<PartnerView> views = readViews(body.get("partnerViews"), problems);

        problems.throwIfAny();
        scope.requireSupported(partnerships);
        ReviewCase reviewCase = new ReviewCase(abuse, outcome, panelConcluded, learning, grounds, scr, aware, submitted,
                decided == null ? scope.asAt() : decided);
        return new ReviewRequest(scope, area, caseReference, reviewCase, List.copyOf(ratings), views);
    }

    private static List<PartnerView> readViews(JsonNode node, Problems problems) {
        List<PartnerView> views = new ArrayList<>();
        if (node == null || node.isNull()) {
            return views;
        }
        if (!node.isArray()) {
            problems.add("partnerViews", "must be a list");
            return views;
        }
        if (node.size() > MAX_PARTNER_VIEWS) {
            problems.add("partnerViews", "must have at most " + MAX_PARTNER_VIEWS + " entries");
            return views;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = "partnerViews[" + i + "]";
            if (!node.get(i).isObject()) {
                problems.add(path, "must be an object");
                continue;
            }
            JsonFields v = new JsonFields(node.get(i), path, problems);
            v.allowOnly("partner", "name", "view");
            PartnerType partner = v.enumValue("partner", PartnerType.class, true);
            String name = v.text("name", false, 120);
            DirectIdentifiers.check(path + ".name", name, problems);
            PartnerViewValue view = v.enumValue("view", PartnerViewValue.class, true);
            if (partner != null && view != null) {
                views.add(new PartnerView(partner, name, view));
            }
        }
        return views;
    }
}
