package uk.childsafeguarding.decisions.thresholds;

import uk.childsafeguarding.decisions.partnerships.Area;
import uk.childsafeguarding.decisions.partnerships.FrontDoor;
import uk.childsafeguarding.decisions.partnerships.LocalCitation;
import uk.childsafeguarding.decisions.partnerships.LocalRoute;

/** The area whose front door serves this child, with the front door in force on asAt. */
public final class AreaArrangement {
    private final String partnershipId;
    private final Area area;
    private final FrontDoor frontDoor;

    private final LocalRoute escalation;

    private final LocalCitation levelsOfNeed;

    public AreaArrangement(String partnershipId, Area area, FrontDoor frontDoor, LocalRoute escalation, LocalCitation levelsOfNeed) {
        this.partnershipId = partnershipId;
        this.area = area;
        this.frontDoor = frontDoor;
        this.escalation = escalation;
        this.levelsOfNeed = levelsOfNeed;
    }

    /** The document that sets the area's levels of need on asAt, as cited in the partnership file, or null. */
    public LocalCitation getLevelsOfNeed() { return levelsOfNeed; }

    public String getPartnershipId() { return partnershipId; }
    public String getAreaId() { return area.id(); }
    public String getProcedures() { return area.procedures(); }
    public boolean isNimHealthProfessionalGate() { return area.nimHealthProfessionalGate(); }
    public FrontDoor getFrontDoor() { return frontDoor; }
    public String getFrontDoorName() { return frontDoor.name(); }
    /** The route for a practitioner who disagrees with the front door's decision, in force on asAt, or null. */
    public LocalRoute getEscalation() { return escalation; }
}
