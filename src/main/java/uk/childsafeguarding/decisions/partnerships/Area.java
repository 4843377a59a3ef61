package uk.childsafeguarding.decisions.partnerships;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import uk.childsafeguarding.decisions.engine.DatedParameters;

/**
 * One front-door area: the documents that set its levels of need, the child protection procedures it follows
 * (SWCPP, BNSSG, DDSCP), whether Devon's health-professional gate for non-mobile injuries applies, its local
 * level labels, dated front doors and parameters; its former Local Safeguarding Children Board, the
 * practitioners' escalation routes, its child death review arrangements, any secure settings in it, and
 * its own follow-up actions.
 */
public record Area(String id, String name, List<LocalCitation> levelsOfNeed, String procedures, boolean nimHealthProfessionalGate,
        Map<Integer, LevelLabel> labels, List<FrontDoor> frontDoors, DatedParameters parameters, String lscb,
        List<LocalRoute> escalation, ChildDeathReview childDeathReview, String secureSettings, List<AreaAction> actions) {

    /** The practitioners' escalation or case resolution route in force on a day, or null where none is recorded. */
    public LocalRoute escalationOn(LocalDate day) {
        return escalation.stream().filter(r -> r.validity().contains(day)).findFirst().orElse(null);
    }

    public FrontDoor frontDoorOn(LocalDate day) {
        return frontDoors.stream().filter(f -> f.validity().contains(day)).findFirst()
                .orElseThrow(() -> new IllegalStateException("area " + id + " has no front door on " + day));
    }

    /** The document that set the area's levels of need on a day (its source id), or null. */
    public String thresholdDocumentOn(LocalDate day) {
        return levelsOfNeed.stream().filter(c -> c.inForceOn(day)).map(LocalCitation::source).findFirst().orElse(null);
    }

    public List<AreaAction> actionsOn(LocalDate day) {
        return actions.stream().filter(a -> a.citation().inForceOn(day)).toList();
    }
}
