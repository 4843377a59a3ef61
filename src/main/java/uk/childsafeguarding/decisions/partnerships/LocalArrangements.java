package uk.childsafeguarding.decisions.partnerships;

import java.time.LocalDate;
import java.util.List;

/**
 * Fact for notification and review rules: which partnership (and area, where it has several) the
 * decision is for, and whether its Local Safeguarding Children Board was still in place on asAt.
 * Area-level facts (the board, the child death review panel, secure settings) come from the area named
 * in the request, or from the partnership's only area; where a partnership has several areas and none
 * was named, the texts say "the child's area".
 */
public final class LocalArrangements {
    /** Who completes serious case reviews still under way when the new arrangements start. */
    public static final String COMPLETED_BY_LSCB = "LSCB";
    public static final String COMPLETED_BY_AREA_REVIEW_GROUPS = "AREA_REVIEW_GROUPS";

    private final Partnership partnership;
    private final String areaId;
    private final LocalDate asAt;

    public LocalArrangements(Partnership partnership, String areaId, LocalDate asAt) {
        this.partnership = partnership;
        this.areaId = areaId;
        this.asAt = asAt;
    }

    /** The partnership's decision protocol in force on asAt (null before its own arrangements, when the board decides). */
    public ReviewProtocolEntry getReviewProtocol() { return isUnderLscb() ? null : partnership.reviewProtocolOn(asAt); }

    /** The partnership's own steps and deadlines in force on asAt, as facts for the generic local-step rules. */
    public List<Object> localFactsFor(String decision) {
        List<Object> out = new java.util.ArrayList<>();
        if (isUnderLscb()) {
            return out;
        }
        partnership.localStepsOn(asAt).stream().filter(s -> s.decision().equals(decision)).forEach(out::add);
        partnership.localDeadlinesOn(asAt).stream().filter(d -> d.decision().equals(decision)).forEach(out::add);
        ReviewProtocolEntry p = getReviewProtocol();
        if (p != null && decision.equals("review")) {
            out.add(p);
        }
        return out;
    }

    /** A local text with the child's area put in for {area}. */
    public String fill(String text) {
        return text.replace("{area}", getAreaName());
    }

    public String getPartnershipId() { return partnership.id(); }
    /** The area named in the request, or null. */
    public String getAreaId() { return areaId; }
    public boolean isUnderLscb() { return partnership.underLscbOn(asAt); }
    public String getName() { return partnership.name(); }
    public LocalDate getArrangementsFrom() { return partnership.arrangementsFrom(); }

    /** The child's area: the one named, or the partnership's only area; null when it has several and none was named. */
    public Area getArea() {
        if (areaId != null) {
            return partnership.area(areaId);
        }
        return partnership.areas().size() == 1 ? partnership.areas().get(0) : null;
    }

    /** The area's name, or "the child's area" when it is not known. */
    public String getAreaName() { return getArea() == null ? "the child's area" : getArea().name(); }

    /** The Local Safeguarding Children Board of the child's area; all the partnership's boards when the area is not known. */
    public String getLscb() { return getArea() == null ? partnership.lscb() : getArea().lscb(); }

    /** The child death review arrangements of the child's area (the partnership's areas share one where the area is not known). */
    public ChildDeathReview getChildDeathReview() {
        Area a = getArea();
        if (a != null) {
            return a.childDeathReview();
        }
        List<ChildDeathReview> all = partnership.areas().stream().map(Area::childDeathReview).distinct().toList();
        return all.size() == 1 ? all.get(0) : null;
    }

    /** Secure settings in the child's area named by its arrangements, or null. */
    public String getSecureSettings() { return getArea() == null ? null : getArea().secureSettings(); }

    /** Whether the area review groups, rather than the board, complete reviews started before the new arrangements (Derby and Derbyshire, seed 002). */
    public boolean isAreaReviewGroupsCompleteEarlierReviews() {
        return COMPLETED_BY_AREA_REVIEW_GROUPS.equals(partnership.unfinishedReviewsCompletedBy());
    }

    /** Whether asAt falls within this many months of the start of the new arrangements (the SCR grace period). */
    public boolean withinMonthsOfStart(int months) {
        return !isUnderLscb() && asAt.isBefore(partnership.arrangementsFrom().plusMonths(months));
    }

    public LocalDate monthsAfterStart(int months) { return partnership.arrangementsFrom().plusMonths(months); }
}
