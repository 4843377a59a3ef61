package uk.childsafeguarding.decisions.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import uk.childsafeguarding.decisions.vocabulary.PlainWords;

/**
 * A stored decision in words, for the record page and its printout: what was entered ("What you told
 * us"), each reason with what triggered it, the sources cited (once each, with the sections used), and
 * for reviews who agreed and who disagreed. Nothing is decided here; it only reads the stored request and
 * response.
 */
final class RecordView {

    record Row(String key, String value) {
        /** Multi-valued answers (indicators, strengths) are one line each. */
        public List<String> lines() {
            return List.of(value.split("\n"));
        }
    }

    record ReasonRow(String summary, List<String> because, String ruleId, int source) {
    }

    record SourceRow(int number, String title, String url, List<String> sections, String mark) {
    }

    /** A dated step with its tag: "Overdue", "Due today" or none. */
    record DatedRow(String what, LocalDate due, String dueText, String basis, String tag, String tagClass) {
    }

    /** The request field each code-valued answer comes from, and the vocabulary kind its words are under. */
    private static final Map<String, String> KIND_OF_FIELD = Map.ofEntries(
            Map.entry("reporter.role", "reporterRole"), Map.entry("circumstances.consent", "consent"), Map.entry("incident.outcome", "outcome"),
            Map.entry("case.outcome", "outcome"), Map.entry("incident.location", "location"), Map.entry("incident.setting", "setting"),
            Map.entry("incident.abuseOrNeglect", "abuseOrNeglect"), Map.entry("case.abuseOrNeglect", "abuseOrNeglect"),
            Map.entry("rapidReviewLearningSufficient", "learningSufficiency"), Map.entry("discretionaryGrounds", "discretionaryGround"),
            Map.entry("indicators", "indicator"), Map.entry("seriousCaseReview.status", "scrStatus"));

    /** Yes/no answers that are worth showing when the answer is no; other unticked boxes are left out. */
    private static final List<String> SHOW_WHEN_FALSE = List.of("child.unborn", "child.independentlyMobile", "incident.normallyResidentInArea");

    private final PlainWords words;
    private final Map<String, String> criterionByField;

    RecordView(PlainWords words, Map<String, String> criterionByField) {
        this.words = words;
        this.criterionByField = criterionByField;
    }

    List<Row> told(JsonNode request, JsonNode answer, boolean caseReferenceGiven, String caseReference) {
        List<Row> rows = new ArrayList<>();
        String partnership = answer.at("/partnership/name").asString("");
        String area = answer.at("/area/name").isMissingNode() || answer.at("/area/name").isNull() ? "" : answer.at("/area/name").asString("");
        rows.add(new Row("Partnership", partnership + (area.isEmpty() || area.equals(partnership) ? "" : ", " + area)));
        rows.add(new Row("Date of the decision", words.date(answer.path("asAt").asString(""))));
        if (caseReference != null) {
            rows.add(new Row("Case reference", caseReference));
        } else if (caseReferenceGiven) {
            rows.add(new Row("Case reference", "Given; kept only in a protected form, so it is not shown here"));
        }
        walk("", request, rows);
        return rows;
    }

    private void walk(String path, JsonNode node, List<Row> rows) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            JsonNode v = e.getValue();
            if (List.of("partnership", "area", "asAt", "caseReference").contains(p) || v.isNull()) {
                continue;
            }
            if (p.equals("criteria") && v.isObject()) {
                for (Map.Entry<String, JsonNode> c : v.properties()) {
                    rows.add(new Row(words.criterion(criterionId(c.getKey())), words.text("rating", c.getValue().asString(""))));
                }
            } else if (p.equals("partnerViews") && v.isArray()) {
                List<String> views = new ArrayList<>();
                v.forEach(pv -> views.add(words.brief("partner", pv.path("partner").asString("")) + ": "
                        + words.brief("partnerView", pv.path("view").asString("")).toLowerCase(java.util.Locale.UK)));
                rows.add(new Row(words.field(p), views.isEmpty() ? "None given" : String.join("; ", views)));
            } else if (v.isObject()) {
                walk(p, v, rows);
            } else if (v.isArray()) {
                List<String> items = new ArrayList<>();
                v.forEach(i -> items.add(value(p, i)));
                if (p.equals("indicators") && items.isEmpty()) {
                    rows.add(new Row(words.field(p), "None of the listed indicators"));
                } else if (!items.isEmpty()) {
                    rows.add(new Row(words.field(p), String.join("\n", items)));
                }
            } else if (v.isBoolean()) {
                if (v.asBoolean() || SHOW_WHEN_FALSE.contains(p)) {
                    rows.add(new Row(words.field(p), v.asBoolean() ? "Yes" : "No"));
                }
            } else {
                rows.add(new Row(words.field(p), value(p, v)));
            }
        }
    }

    /** The criteria object is keyed by request field; the catalogue knows each field's criterion id. */
    private String criterionId(String field) {
        return criterionByField.getOrDefault(field, field);
    }

    private String value(String path, JsonNode v) {
        String s = v.asString("");
        if (path.equals("child.ageMonths") && v.isInt()) {
            return words.age(v.asInt());
        }
        if (path.equals("child.ageYears") && v.isInt()) {
            return v.asInt() + (v.asInt() == 1 ? " year" : " years");
        }
        if (path.equals("child.gestationWeeks") && v.isInt()) {
            return v.asInt() + " weeks";
        }
        if (KIND_OF_FIELD.containsKey(path)) {
            return words.text(KIND_OF_FIELD.get(path), s);
        }
        if (path.toLowerCase(java.util.Locale.UK).endsWith("date")) {
            return words.date(s);
        }
        return words.prose(s);
    }

    /** The reasons in words, each pointing at its numbered source. */
    List<ReasonRow> reasons(JsonNode answer, List<SourceRow> sources) {
        List<ReasonRow> out = new ArrayList<>();
        for (JsonNode r : answer.path("reasons")) {
            List<String> because = new ArrayList<>();
            String areaName = answer.at("/area/name").asString("");
            r.path("because").forEach(b -> because.add(b.asString("").startsWith("area=") && !areaName.isEmpty() ? "Area: " + areaName
                    : words.because(b.asString(""))));
            String title = r.at("/source/title").asString(r.at("/source/id").asString(""));
            int n = sources.stream().filter(s -> s.title().equals(title)).mapToInt(SourceRow::number).findFirst().orElse(0);
            out.add(new ReasonRow(words.prose(r.path("summary").asString("")), because, r.path("ruleId").asString(""), n));
        }
        return out;
    }

    /** Each cited document once, numbered, with the sections the reasons cite and its confidence in words. */
    List<SourceRow> sources(JsonNode answer) {
        Map<String, SourceRow> byTitle = new LinkedHashMap<>();
        for (JsonNode r : answer.path("reasons")) {
            String title = r.at("/source/title").asString(r.at("/source/id").asString(""));
            String url = r.at("/source/url").isNull() || r.at("/source/url").isMissingNode() ? null : r.at("/source/url").asString();
            SourceRow row = byTitle.computeIfAbsent(title, t -> new SourceRow(byTitle.size() + 1, t, url, new ArrayList<>(),
                    words.mark(r.at("/source/confidence").asString(null))));
            String section = words.prose(r.at("/source/section").asString(""));
            if (!section.isBlank() && !row.sections().contains(section)) {
                row.sections().add(section);
            }
        }
        return new ArrayList<>(byTitle.values());
    }

    /** Deadlines or timetable steps in date order, tagged against today (UK). */
    List<DatedRow> dated(JsonNode items, LocalDate today) {
        List<DatedRow> out = new ArrayList<>();
        for (JsonNode d : items) {
            LocalDate due = d.path("dueBy").isNull() || d.path("dueBy").isMissingNode() ? null : LocalDate.parse(d.path("dueBy").asString());
            String tag = due == null ? null : due.isBefore(today) ? "Overdue" : due.isEqual(today) ? "Due today" : null;
            String cls = tag == null ? null : tag.equals("Overdue") ? "govuk-tag--red" : "govuk-tag--orange";
            out.add(new DatedRow(words.text("deadline", d.path("id").asString("")), due, due == null ? "" : words.date(due),
                    words.prose(d.path("basis").asString("")), tag, cls));
        }
        out.sort(Comparator.comparing(DatedRow::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }
}
