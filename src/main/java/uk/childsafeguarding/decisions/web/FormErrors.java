package uk.childsafeguarding.decisions.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.childsafeguarding.decisions.system.ApiProblem;
import uk.childsafeguarding.decisions.system.FieldError;

/**
 * The API's field errors shown the GOV.UK way: an error summary whose links go to the fields, and a
 * message beside each field. API paths such as "child.ageMonths" or "indicators[2]" become form ids.
 */
public final class FormErrors {

    public record Item(String href, String text) {
    }

    private final List<Item> summary = new ArrayList<>();
    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static FormErrors of(ApiProblem problem) {
        FormErrors e = new FormErrors();
        for (FieldError f : problem.errors()) {
            String id = idFor(f.field());
            String text = (f.field().isEmpty() ? "" : label(f.field()) + " ") + f.message();
            e.summary.add(new Item("#" + id, capitalise(text)));
            e.byField.putIfAbsent(id, capitalise(text));
        }
        if (problem.errors().isEmpty()) {
            e.summary.add(new Item("#main-content", capitalise(problem.getMessage())));
        }
        return e;
    }

    static String idFor(String field) {
        if (field.isEmpty()) {
            return "main-content";
        }
        if (field.equals("area")) {
            return "partnership";
        }
        String f = field.replaceAll("\\[\\d+]", "");
        return f.replace('.', '-');
    }

    /** The words a user saw on the form for each API field. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("partnership", "Partnership"), Map.entry("area", "Area"), Map.entry("asAt", "The as-at date"),
            Map.entry("caseReference", "The case reference"), Map.entry("reporter", "Your role"), Map.entry("reporter.role", "Your role"),
            Map.entry("child", "The child"), Map.entry("child.ageMonths", "The age in months"), Map.entry("child.gestationWeeks", "The weeks of pregnancy"),
            Map.entry("child.independentlyMobile", "Mobility"), Map.entry("indicators", "What you see"), Map.entry("circumstances.consent", "Consent"),
            Map.entry("strengths", "Strengths"), Map.entry("child.ageYears", "The age in years"), Map.entry("child.careLeaver", "Care status"),
            Map.entry("incident", "The incident"), Map.entry("incident.outcome", "What happened"), Map.entry("incident.abuseOrNeglect", "Abuse or neglect"),
            Map.entry("incident.location", "Where it happened"), Map.entry("incident.normallyResidentInArea", "Where the child normally lives"),
            Map.entry("incident.setting", "The setting"), Map.entry("incident.incidentDate", "The date of the incident"),
            Map.entry("incident.localAuthorityAwareDate", "The date the local authority became aware"),
            Map.entry("incident.notificationSubmittedDate", "The date the notification was submitted"), Map.entry("case", "The case"),
            Map.entry("case.abuseOrNeglect", "Abuse or neglect"), Map.entry("case.outcome", "What happened"), Map.entry("dates", "The dates"),
            Map.entry("dates.partnersAwareDate", "The date the partners became aware"), Map.entry("dates.notificationSubmittedDate", "The date the notification was submitted"),
            Map.entry("dates.decisionDate", "The decision date"), Map.entry("rapidReviewLearningSufficient", "Sufficient learning"),
            Map.entry("discretionaryGrounds", "Discretionary grounds"), Map.entry("partnerViews", "The partners' views"),
            Map.entry("agreed", "Whether you agree"), Map.entry("finalLevel", "The level you decided"), Map.entry("reason", "The reason"));

    private static String label(String field) {
        String plain = field.replaceAll("\\[(\\d+)]", "");
        if (LABELS.containsKey(plain)) {
            return LABELS.get(plain);
        }
        if (plain.startsWith("criteria.")) {
            return "The rating";
        }
        return plain.replace('.', ' ');
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public boolean any() {
        return !summary.isEmpty();
    }

    public List<Item> getSummary() {
        return summary;
    }

    public boolean has(String id) {
        return byField.containsKey(id);
    }

    public String get(String id) {
        return byField.get(id);
    }
}
