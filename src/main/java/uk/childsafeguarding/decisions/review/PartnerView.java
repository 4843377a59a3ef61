package uk.childsafeguarding.decisions.review;

/** One partner organisation's view at the decision meeting. */
public record PartnerView(PartnerType partner, String name, PartnerViewValue view) {
}
