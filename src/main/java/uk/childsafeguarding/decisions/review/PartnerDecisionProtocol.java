package uk.childsafeguarding.decisions.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a partnership's safeguarding partners reach their decision (shared/domain/partnerships.md).
 * The rules choose the protocol and its escalation route; this applies it to the views given.
 * Every combination of views (none, some missing, a tie, disagreement) has an outcome and a next step.
 */
public enum PartnerDecisionProtocol {
    /** Majority of the partners present, advised by the Independent Quality Assurer (Plymouth and Torbay joint). */
    MAJORITY,
    /** All partners agree; otherwise escalate (South Gloucestershire: Chief Executives and Chief Constable). */
    CONSENSUS,
    /** Devon: the review group agrees; a "no further review" outcome goes to the Executive for endorsement. */
    ENDORSEMENT,
    /** Derby and Derbyshire: the CSPR group for the child's area decides. */
    AREA_GROUP,
    /** Before the new arrangements: the LSCB decides whether to commission a Serious Case Review. */
    LSCB;

    private static final String LSCB_STEP = "The LSCB Chair decides whether to commission a Serious Case Review, on the advice of its review panel (our reading).";

    public PartnerDecision decide(List<PartnerView> views, Recommendation recommendation, String escalation) {
        if (this == LSCB && views.isEmpty()) {
            return new PartnerDecision(this, "LSCB_DECIDES", null, "no partner views given", LSCB_STEP, false);
        }
        if (views.isEmpty()) {
            return new PartnerDecision(this, "VIEWS_NOT_RECORDED", null, "no partner views given",
                    "Record each safeguarding partner's view (local authority, health, police) before deciding.", false);
        }
        Map<PartnerViewValue, Integer> tally = new EnumMap<>(PartnerViewValue.class);
        Set<PartnerType> present = EnumSet.noneOf(PartnerType.class);
        for (PartnerView v : views) {
            tally.merge(v.view(), 1, Integer::sum);
            present.add(v.partner());
        }
        Set<PartnerType> missing = EnumSet.allOf(PartnerType.class);
        missing.removeAll(present);
        PartnerViewValue top = null;
        int topCount = 0;
        boolean tie = false;
        for (Map.Entry<PartnerViewValue, Integer> e : tally.entrySet()) {
            if (e.getValue() > topCount) {
                top = e.getKey();
                topCount = e.getValue();
                tie = false;
            } else if (e.getValue() == topCount) {
                tie = true;
            }
        }
        int n = views.size();
        String count = describe(tally, n);
        if (this == LSCB) {
            return decided("LSCB_DECIDES", top, tie, count, recommendation, LSCB_STEP);
        }
        if (!missing.isEmpty()) {
            int expected = n + missing.size();
            if (this == MAJORITY && !tie && topCount * 2 > expected) {
                return decided("AGREED", top, false, count + "; a majority even without " + names(missing), recommendation, null);
            }
            return new PartnerDecision(this, "VIEWS_MISSING", null, count + "; no view from " + names(missing),
                    "Obtain the view of " + names(missing) + " before the decision is made.", false);
        }
        switch (this) {
            case MAJORITY -> {
                if (!tie && topCount * 2 > n) {
                    return decided("AGREED", top, false, topCount + " of " + n + " partners", recommendation, null);
                }
                return new PartnerDecision(this, "NO_MAJORITY", null, count, escalation, false);
            }
            default -> {
                if (tally.size() == 1) {
                    PartnerDecision agreed = decided("AGREED", top, false, "all " + n + " partners", recommendation, null);
                    if (this == ENDORSEMENT && top == PartnerViewValue.NO_FURTHER_REVIEW) {
                        return new PartnerDecision(this, "ENDORSEMENT_REQUIRED", top, agreed.detail(),
                                "Send the recommendation of no further review to the Executive for endorsement.", agreed.differsFromRecommendation());
                    }
                    return agreed;
                }
                return new PartnerDecision(this, "NO_CONSENSUS", null, count, escalation, false);
            }
        }
    }

    private PartnerDecision decided(String outcome, PartnerViewValue view, boolean tie, String detail, Recommendation recommendation, String next) {
        PartnerViewValue decided = tie ? null : view;
        boolean differs = decided != null && !matches(decided, recommendation);
        String step = next != null ? next : "Record the partnership's decision and its rationale, and send it to the Panel with the rapid review.";
        if (differs) {
            step += " The partners' view differs from this recommendation: record why, for the Panel and, where appropriate, the family.";
        }
        return new PartnerDecision(this, outcome, decided, detail, step, differs);
    }

    static boolean matches(PartnerViewValue view, Recommendation recommendation) {
        return switch (view) {
            case LOCAL_CSPR -> recommendation == Recommendation.LOCAL_CSPR || recommendation == Recommendation.DISCRETIONARY_REVIEW
                    || recommendation == Recommendation.SERIOUS_CASE_REVIEW;
            case NO_FURTHER_REVIEW -> recommendation == Recommendation.NO_FURTHER_REVIEW || recommendation == Recommendation.NOT_A_SERIOUS_CASE;
            case NATIONAL_REVIEW -> recommendation == Recommendation.REFER_FOR_NATIONAL_REVIEW;
        };
    }

    private static String describe(Map<PartnerViewValue, Integer> tally, int n) {
        List<String> parts = new ArrayList<>();
        tally.forEach((v, c) -> parts.add(c + " " + v));
        return String.join(", ", parts) + " (" + n + " partners)";
    }

    private static String names(Set<PartnerType> types) {
        List<String> out = new ArrayList<>();
        for (PartnerType t : types) {
            out.add(t.name());
        }
        return String.join(" and ", out);
    }
}
