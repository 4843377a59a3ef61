package uk.childsafeguarding.decisions.review;

/** The outcome of the partnership's decision protocol over the partners' views, and what happens next. */
public record PartnerDecision(PartnerDecisionProtocol protocol, String outcome, PartnerViewValue decidedView, String detail, String nextStep,
        boolean differsFromRecommendation) {
}
