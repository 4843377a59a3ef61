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
            String text = (f.field().isEmpty() ? "" : label(f.field()) + " ") + plain(f.message());
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
            Map.entry("partnership", "Partnership"), Map.entry("area", "Area"), Map.entry("asAt", "The date of the decision"),
            Map.entry("caseReference", "The case reference"), Map.entry("reporter", "Your role"), Map.entry("reporter.role", "Your role"),
            Map.entry("child", "The child"), Map.entry("child.ageMonths", "The age"), Map.entry("child.gestationWeeks", "The weeks of pregnancy"),
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
            Map.entry("agreed", "Whether you agree"), Map.entry("finalLevel", "The level you decided"), Map.entry("finalDecision", "What you decided"), Map.entry("reason", "The reason"));

    /** The API's messages that name API fields or formats, in the words of the form. */
    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("must be a date in the form YYYY-MM-DD", "must be a real date, for example 27 3 2026"),
            Map.entry("is required (or set unborn to true with gestationWeeks)", "is required: enter the age in years and months, or answer that the child is unborn"),
            Map.entry("is required for an unborn child", "is required for an unborn child: enter the weeks of pregnancy"),
            Map.entry("applies only to an unborn child", "applies only to an unborn child: leave it blank or answer that the child is unborn"),
            Map.entry("must be absent for an unborn child", "must be left blank for an unborn child"),
            Map.entry("a looked-after child is not a care leaver; set only one of lookedAfter and careLeaver", "a looked-after child is not a care leaver: tick only one"),
            Map.entry("a child is under 18; for a young person who left care set careLeaver to true", "a child is under 18: for a young person who has left care, tick 'Care leaver'"),
            Map.entry("INJURY_NON_MOBILE_CHILD cannot apply to an unborn child", "an injury on a child who is not yet mobile cannot apply to an unborn child"),
            Map.entry("applies only when the outcome is DIED", "applies only when the child died"),
            Map.entry("an unborn child cannot be independently mobile", "an unborn child cannot be moving about independently"));

    static String plain(String message) {
        String m = MESSAGES.getOrDefault(message, message);
        java.util.regex.Matcher d = java.util.regex.Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b").matcher(m);
        StringBuilder sb = new StringBuilder();
        while (d.find()) {
            d.appendReplacement(sb, java.time.LocalDate.parse(d.group(1)).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
        }
        d.appendTail(sb);
        m = sb.toString();
        return m.replaceAll("\\b[a-z]+[A-Z][A-Za-z]*\\b", "that answer").replaceAll("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b", "that code");
    }

    private static String label(String field) {
        String plain = field.replaceAll("\\[(\\d+)]", "");
        if (LABELS.containsKey(plain)) {
            return LABELS.get(plain);
        }
        if (plain.startsWith("criteria.")) {
            return "The rating";
        }
        return "That answer";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Adds an error found by the form itself, after any the API found. */
    void add(String id, String text) {
        summary.add(new Item("#" + id, text));
        byField.putIfAbsent(id, text);
    }

    /** The same errors with one field shown under another id (the final-decision select serves finalLevel and finalDecision). */
    FormErrors renamed(String fromId, String toId) {
        if (fromId.equals(toId)) {
            return this;
        }
        FormErrors e = new FormErrors();
        summary.forEach(i -> e.summary.add(i.href().equals("#" + fromId) ? new Item("#" + toId, i.text()) : i));
        byField.forEach((k, v) -> e.byField.put(k.equals(fromId) ? toId : k, v));
        return e;
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
