package uk.childsafeguarding.decisions.review;

import java.util.List;

import uk.childsafeguarding.decisions.partnerships.DecisionScope;

/** A validated review request. */
public record ReviewRequest(DecisionScope scope, String areaId, String caseReference, ReviewCase reviewCase, List<CriterionRating> ratings,
        List<PartnerView> partnerViews) {
}
