package uk.childsafeguarding.decisions.notification;

import java.time.LocalDate;

import tools.jackson.databind.JsonNode;
import uk.childsafeguarding.decisions.partnerships.DecisionScope;
import uk.childsafeguarding.decisions.partnerships.Partnerships;
import uk.childsafeguarding.decisions.system.CaseReference;
import uk.childsafeguarding.decisions.system.JsonFields;
import uk.childsafeguarding.decisions.system.Problems;

/** Turns a notification request body into a {@link NotificationRequest}, listing every problem. */
final class NotificationRequestReader {

    /** Care leavers are 16 or over; the care-leaver notification reaches age 24 (checked by the rules). */
    static final int MIN_CARE_LEAVER_AGE = 16;
    static final int MAX_AGE_YEARS = 30;

    private NotificationRequestReader() {
    }

    static NotificationRequest read(JsonNode body, Partnerships partnerships, LocalDate today) {
        Problems problems = new Problems();
        JsonFields root = new JsonFields(body, "", problems);
        root.allowOnly("partnership", "area", "asAt", "caseReference", "child", "incident");
        DecisionScope scope = DecisionScope.read(root, partnerships, today);
        String area = root.text("area", false, 64);
        if (area != null && scope != null && !scope.partnership().areaIds().contains(area)) {
            problems.add("area", "unknown area '" + area + "' for partnership '" + scope.partnership().id() + "'; expected one of "
                    + String.join(", ", scope.partnership().areaIds()));
        }
        String caseReference = CaseReference.read(root);

        ChildStatus child = null;
        JsonFields c = root.object("child", true);
        if (c != null) {
            c.allowOnly("ageYears", "lookedAfter", "careLeaver");
            Integer age = c.integer("ageYears", true, 0, MAX_AGE_YEARS);
            boolean lookedAfter = c.flag("lookedAfter");
            boolean careLeaver = c.flag("careLeaver");
            if (lookedAfter && careLeaver) {
                problems.add("child.careLeaver", "a looked-after child is not a care leaver; set only one of lookedAfter and careLeaver");
            }
            if (age != null && careLeaver && age < MIN_CARE_LEAVER_AGE) {
                problems.add("child.ageYears", "a care leaver is at least " + MIN_CARE_LEAVER_AGE);
            }
            if (age != null && !careLeaver && age >= 18) {
                problems.add("child.ageYears", "a child is under 18; for a young person who left care set careLeaver to true");
            }
            child = age == null ? null : new ChildStatus(age, lookedAfter, careLeaver);
        }

        Incident incident = null;
        JsonFields i = root.object("incident", true);
        if (i != null) {
            i.allowOnly("outcome", "abuseOrNeglect", "location", "normallyResidentInArea", "setting", "familyKnownToChildrensSocialCare",
                    "suspectedSuicideOrUnexplainedDeath", "incidentDate", "localAuthorityAwareDate", "notificationSubmittedDate");
            Outcome outcome = i.enumValue("outcome", Outcome.class, true);
            AbuseOrNeglect abuse = i.enumValue("abuseOrNeglect", AbuseOrNeglect.class, true);
            IncidentLocation location = i.enumValue("location", IncidentLocation.class, true);
            Boolean resident = i.bool("normallyResidentInArea", location == IncidentLocation.OUTSIDE_ENGLAND);
            Setting setting = i.has("setting") ? i.enumValue("setting", Setting.class, false) : Setting.OTHER;
            boolean known = i.flag("familyKnownToChildrensSocialCare");
            boolean suicide = i.flag("suspectedSuicideOrUnexplainedDeath");
            if (suicide && outcome != null && outcome != Outcome.DIED) {
                problems.add("incident.suspectedSuicideOrUnexplainedDeath", "applies only when the outcome is DIED");
            }
            LocalDate incidentDate = i.date("incidentDate", true);
            LocalDate aware = i.date("localAuthorityAwareDate", true);
            LocalDate submitted = i.date("notificationSubmittedDate", false);
            if (incidentDate != null && aware != null && aware.isBefore(incidentDate)) {
                problems.add("incident.localAuthorityAwareDate", "is before the incident date " + incidentDate);
            }
            if (submitted != null && aware != null && submitted.isBefore(aware)) {
                problems.add("incident.notificationSubmittedDate", "is before the local authority became aware (" + aware + ")");
            }
            if (scope != null) {
                scope.requireNotAfterAsAt("incident.incidentDate", incidentDate, problems);
                scope.requireNotAfterAsAt("incident.localAuthorityAwareDate", aware, problems);
                scope.requireNotAfterAsAt("incident.notificationSubmittedDate", submitted, problems);
            }
            if (outcome != null && abuse != null && location != null && setting != null && incidentDate != null && aware != null) {
                incident = new Incident(outcome, abuse, location, resident == null || resident, setting, known, suicide, incidentDate, aware, submitted);
            }
        }
        problems.throwIfAny();
        scope.requireSupported(partnerships);
        return new NotificationRequest(scope, area, caseReference, child, incident);
    }
}
