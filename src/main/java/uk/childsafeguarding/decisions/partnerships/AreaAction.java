package uk.childsafeguarding.decisions.partnerships;

/**
 * An area's own follow-up duty for a practitioner ("within 4 hours of your call, complete the online
 * Request for Support"), shown when its trigger applies; {parameter.name} in the text is the area's
 * dated parameter of that name.
 */
public record AreaAction(LocalCitation citation, Trigger when, String urgency, String text) {

    public enum Trigger { SIGNIFICANT_HARM, TARGETED }

    public boolean isForSignificantHarm() { return when == Trigger.SIGNIFICANT_HARM; }
    public boolean isForTargetedLevel() { return when == Trigger.TARGETED; }
}
