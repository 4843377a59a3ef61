package uk.childsafeguarding.decisions.partnerships;

import java.time.LocalDate;

/**
 * Fact for notification and review rules: which partnership (and area, where it has several) the
 * decision is for, and whether its Local Safeguarding Children Board was still in place on asAt.
 */
public final class LocalArrangements {
    private final Partnership partnership;
    private final String areaId;
    private final LocalDate asAt;

    public LocalArrangements(Partnership partnership, String areaId, LocalDate asAt) {
        this.partnership = partnership;
        this.areaId = areaId;
        this.asAt = asAt;
    }

    public String getPartnershipId() { return partnership.id(); }
    /** The area named in the request, or null. */
    public String getAreaId() { return areaId; }
    public boolean isUnderLscb() { return partnership.underLscbOn(asAt); }
    public String getLscb() { return partnership.lscb(); }
    public String getName() { return partnership.name(); }
    public LocalDate getArrangementsFrom() { return partnership.arrangementsFrom(); }
    /** Whether asAt falls within this many months of the start of the new arrangements (the SCR grace period). */
    public boolean withinMonthsOfStart(int months) {
        return !isUnderLscb() && asAt.isBefore(partnership.arrangementsFrom().plusMonths(months));
    }

    public LocalDate monthsAfterStart(int months) { return partnership.arrangementsFrom().plusMonths(months); }
}
