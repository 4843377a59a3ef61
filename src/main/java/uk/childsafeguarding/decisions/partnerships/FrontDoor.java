package uk.childsafeguarding.decisions.partnerships;

import uk.childsafeguarding.decisions.engine.Validity;

/**
 * How to reach an area's front door, for each kind of contact, in force for a dated window.
 * safeguarding: same-day contact when a child may be suffering significant harm; request: a
 * statutory or targeted request; earlyHelp: early help with the family's consent; advice: the
 * consultation line; outOfHours: the emergency duty service. phone, outOfHoursPhone and web are as
 * published where we hold them (null where not), with their own confidence mark.
 */
public record FrontDoor(Validity validity, String name, String confidence, String source, String safeguarding, String request,
        String earlyHelp, String advice, String outOfHours, String note, String phone, String outOfHoursPhone, String web,
        String contactConfidence) {
}
