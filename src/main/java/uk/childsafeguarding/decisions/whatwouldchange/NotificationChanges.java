package uk.childsafeguarding.decisions.whatwouldchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.childsafeguarding.decisions.audit.DecisionType;
import uk.childsafeguarding.decisions.engine.FeatureParameters;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.notification.AbuseOrNeglect;
import uk.childsafeguarding.decisions.notification.IncidentLocation;
import uk.childsafeguarding.decisions.notification.NotificationAssessment;
import uk.childsafeguarding.decisions.notification.NotificationDecisionValue;
import uk.childsafeguarding.decisions.notification.Outcome;
import uk.childsafeguarding.decisions.notification.Setting;

/**
 * Changes worth trying for a notification: what happened to the child, whether abuse or neglect is
 * known or suspected, where and in what setting, whether the child normally lives in the area, the
 * family being known, a suspected suicide or unexplained death, the child looked after or a care
 * leaver, and the young person's age at the rules' own age boundaries. The dates of the incident,
 * awareness and notification are not varied: they set deadlines, and the guidance in force is chosen
 * by asAt, which is never varied.
 */
@Component
class NotificationChanges implements ChangeCandidates {

    static final String FEATURE = "notification";
    /** The request accepts ages 0 to 30 years. */
    private static final int MAX_AGE_YEARS = 30;

    static final Map<Outcome, String> OUTCOMES = Map.of(Outcome.DIED, "the child had died", Outcome.SERIOUSLY_HARMED, "the child had been seriously harmed",
            Outcome.HARMED_NOT_SERIOUSLY, "the child had been harmed, but not seriously", Outcome.NO_HARM, "the child had not been harmed");
    static final Map<AbuseOrNeglect, String> ABUSE = Map.of(AbuseOrNeglect.KNOWN, "abuse or neglect had been known",
            AbuseOrNeglect.SUSPECTED, "abuse or neglect had been suspected", AbuseOrNeglect.NOT_SUSPECTED, "abuse or neglect had not been suspected");
    private static final Map<IncidentLocation, String> LOCATIONS = Map.of(IncidentLocation.IN_AREA, "it had happened in this authority's area",
            IncidentLocation.ELSEWHERE_IN_ENGLAND, "it had happened elsewhere in England", IncidentLocation.OUTSIDE_ENGLAND, "it had happened outside England");
    private static final Map<Setting, String> SETTINGS = Map.of(Setting.FAMILY_HOME, "it had happened in the family home",
            Setting.CHILDRENS_HOME, "it had happened in a children's home", Setting.SECURE_CHILDRENS_HOME, "it had happened in a secure children's home",
            Setting.YOUTH_CUSTODY, "it had happened in youth custody", Setting.MENTAL_HEALTH_DETENTION,
            "it had happened while the child was detained under the Mental Health Act", Setting.OTHER, "it had happened in another setting");
    private static final Map<NotificationDecisionValue, String> DECISIONS = Map.of(NotificationDecisionValue.REQUIRED, "the Panel must be notified",
            NotificationDecisionValue.CONSIDER, "consider notifying the Panel", NotificationDecisionValue.NOT_REQUIRED, "no notification is required");

    @Override
    public String decisionType() {
        return FEATURE;
    }

    @Override
    public List<Change> candidates(ObjectNode request, RuleSet ruleSet) {
        List<Change> out = new ArrayList<>();
        RequestEdits.otherValues(out, request, "incident", "outcome", Outcome.values(), OUTCOMES, null);
        RequestEdits.otherValues(out, request, "incident", "abuseOrNeglect", AbuseOrNeglect.values(), ABUSE, null);
        RequestEdits.otherValues(out, request, "incident", "location", IncidentLocation.values(), LOCATIONS, null);
        RequestEdits.turnOver(out, request, "incident", "normallyResidentInArea", true, "the child had normally lived in this area",
                "the child had not normally lived in this area");
        RequestEdits.otherValues(out, request, "incident", "setting", Setting.values(), SETTINGS, Setting.OTHER);
        RequestEdits.turnOver(out, request, "incident", "familyKnownToChildrensSocialCare", false, "the family had been known to children's social care",
                "the family had not been known to children's social care");
        RequestEdits.turnOver(out, request, "incident", "suspectedSuicideOrUnexplainedDeath", false,
                "the death had been a suspected suicide or unexplained", "the death had not been a suspected suicide or unexplained");
        RequestEdits.turnOver(out, request, "child", "lookedAfter", false, "the child had been looked after", "the child had not been looked after");
        RequestEdits.turnOver(out, request, "child", "careLeaver", false, "the young person had been a care leaver",
                "the young person had not been a care leaver");
        JsonNode age = RequestEdits.at(request, "child", "ageYears");
        Integer ageNow = age == null || !age.isNumber() ? null : age.asInt();
        LocalDate asAt = LocalDate.parse(request.get("asAt").asString());
        for (int years : RequestEdits.boundaries(List.of(ruleSet.data(FeatureParameters.class).of(FEATURE)), asAt, n -> n.endsWith("Years"), 0,
                MAX_AGE_YEARS, ageNow)) {
            out.add(new Change("child.ageYears", "the child or young person had been " + years, Change.Kind.ALTERS, r -> RequestEdits.object(r, "child").put("ageYears", years)));
        }
        return out;
    }

    @Override
    public Object headline(DecisionType.Evaluated evaluated) {
        return ((NotificationAssessment) evaluated.response()).notification().decision().name();
    }

    @Override
    public int distance(Object from, Object to) {
        return Math.abs(NotificationDecisionValue.valueOf((String) from).ordinal() - NotificationDecisionValue.valueOf((String) to).ordinal());
    }

    @Override
    public String describe(Object headline) {
        return DECISIONS.get(NotificationDecisionValue.valueOf((String) headline));
    }
}
