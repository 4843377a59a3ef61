package uk.childsafeguarding.decisions.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.childsafeguarding.decisions.access.Access;
import uk.childsafeguarding.decisions.access.Role;
import uk.childsafeguarding.decisions.audit.AuditStore;
import uk.childsafeguarding.decisions.audit.RecordFilter;
import uk.childsafeguarding.decisions.calendar.WorkingDayCalendar;
import uk.childsafeguarding.decisions.system.LondonClock;
import uk.childsafeguarding.decisions.vocabulary.IndicatorSynonyms;
import uk.childsafeguarding.decisions.vocabulary.PlainWords;
import uk.childsafeguarding.decisions.audit.DecisionLookup;
import uk.childsafeguarding.decisions.audit.DecisionRecord;
import uk.childsafeguarding.decisions.audit.DecisionService;
import uk.childsafeguarding.decisions.audit.PractitionerOutcomes;
import uk.childsafeguarding.decisions.engine.RuleSetHolder;
import uk.childsafeguarding.decisions.partnerships.Partnership;
import uk.childsafeguarding.decisions.partnerships.Partnerships;
import uk.childsafeguarding.decisions.review.CriteriaCatalogue;
import uk.childsafeguarding.decisions.review.Criterion;
import uk.childsafeguarding.decisions.system.ApiProblem;
import uk.childsafeguarding.decisions.thresholds.Indicator;
import uk.childsafeguarding.decisions.thresholds.IndicatorCatalogue;

/** The forms for the three decisions and the page that shows a stored decision, printable for the case file. */
@Controller
class DecisionPages {

    public record Option(String value, String label) {
    }

    static final Map<String, List<Option>> OPTIONS = options(
            "reporterRoles", List.of(new Option("HEALTH", "Health"), new Option("EDUCATION", "Education"), new Option("EARLY_YEARS", "Early years"),
                    new Option("POLICE", "Police"), new Option("SOCIAL_CARE", "Social care"), new Option("VOLUNTARY", "Voluntary sector"), new Option("OTHER", "Other")),
            "yesNo", List.of(new Option("yes", "Yes"), new Option("no", "No")),
            "mobility", List.of(new Option("no", "No: not pulling to stand, cruising or walking"), new Option("yes", "Yes"), new Option("unknown", "Not known")),
            "consent", List.of(new Option("GIVEN", "Given"), new Option("REFUSED", "Refused"), new Option("NOT_SOUGHT", "Not sought")),
            "outcomes", List.of(new Option("DIED", "The child died"), new Option("SERIOUSLY_HARMED", "Seriously harmed"),
                    new Option("HARMED_NOT_SERIOUSLY", "Harmed, not seriously"), new Option("NO_HARM", "Not harmed")),
            "abuse", List.of(new Option("KNOWN", "Known"), new Option("SUSPECTED", "Suspected"), new Option("NOT_SUSPECTED", "Not suspected")),
            "locations", List.of(new Option("IN_AREA", "In this authority's area"), new Option("ELSEWHERE_IN_ENGLAND", "Elsewhere in England"),
                    new Option("OUTSIDE_ENGLAND", "Outside England")),
            "settings", List.of(new Option("FAMILY_HOME", "Family home"), new Option("CHILDRENS_HOME", "Children's home"),
                    new Option("SECURE_CHILDRENS_HOME", "Secure children's home"), new Option("YOUTH_CUSTODY", "Youth custody"),
                    new Option("MENTAL_HEALTH_DETENTION", "Detained under the Mental Health Act"), new Option("OTHER", "Other")),
            "ratings", List.of(new Option("YES", "Yes"), new Option("MAYBE", "Maybe"), new Option("NO", "No"), new Option("UNKNOWN", "Not known")),
            "learning", List.of(new Option("YES", "Yes"), new Option("NO", "No"), new Option("UNKNOWN", "Not known")),
            "views", List.of(new Option("", "No view given"), new Option("LOCAL_CSPR", "Local review"), new Option("NO_FURTHER_REVIEW", "No further review"),
                    new Option("NATIONAL_REVIEW", "National review")));

    @SuppressWarnings("unchecked")
    private static Map<String, List<Option>> options(Object... keysAndLists) {
        Map<String, List<Option>> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndLists.length; i += 2) {
            m.put((String) keysAndLists[i], (List<Option>) keysAndLists[i + 1]);
        }
        return Map.copyOf(m);
    }

    private final DecisionService decisions;
    private final RuleSetHolder rules;
    private final DecisionLookup lookup;
    private final Access access;
    private final JsonMapper mapper;
    private final PractitionerOutcomes outcomes;
    private final AuditStore store;
    private final LondonClock clock;

    DecisionPages(DecisionService decisions, RuleSetHolder rules, DecisionLookup lookup, Access access, JsonMapper mapper, PractitionerOutcomes outcomes,
            AuditStore store, LondonClock clock) {
        this.store = store;
        this.clock = clock;
        this.decisions = decisions;
        this.rules = rules;
        this.lookup = lookup;
        this.access = access;
        this.mapper = mapper;
        this.outcomes = outcomes;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("user", access.user());
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Only the partnerships (and their areas) the user may make this kind of decision for. */
    private List<Option> partnerships(Role role) {
        Partnerships all = rules.current().data(Partnerships.class);
        java.util.Set<String> allowed = access.partnershipsFor(role);
        List<Option> out = new ArrayList<>();
        for (Partnership p : all.all()) {
            if (allowed != null && !allowed.contains(p.id())) {
                continue;
            }
            if (p.hasSeveralAreas()) {
                p.areaIds().forEach(a -> out.add(new Option(p.id() + ":" + a, p.name() + " - " + p.area(a).name())));
            } else {
                out.add(new Option(p.id(), p.name()));
            }
        }
        return out;
    }

    private String render(Model model, String view, Forms form, FormErrors errors, HttpServletResponse response) {
        model.addAttribute("partnerships", partnerships(view.equals("threshold-form") ? Role.PRACTITIONER : Role.REVIEWER));
        model.addAttribute("opts", OPTIONS);
        model.addAttribute("f", new FormValues(form == null ? Map.of() : form.values()));
        model.addAttribute("errors", errors);
        if (errors.any()) {
            response.setStatus(400);
        }
        return view;
    }

    // ---- threshold check

    /** The form, empty, or with the answers of one of the user's own earlier checks ("Change your answers"). */
    @GetMapping("/thresholds/new")
    String thresholdForm(@RequestParam(required = false) String from, Model model, HttpServletResponse response) {
        addIndicators(model);
        DecisionRecord earlier = from == null ? null : lookup.readable(from).filter(r -> r.decisionType().equals("thresholds")
                && r.requestedBy().equals(access.user())).orElse(null);
        Forms answers = earlier == null ? null : new Forms(thresholdAnswers(mapper.readTree(earlier.requestJson())));
        return render(model, "threshold-form", answers, FormErrors.none(), response);
    }

    /** A stored threshold request as the form's fields, the reverse of {@link #threshold}. */
    private static MultiValueMap<String, String> thresholdAnswers(JsonNode req) {
        MultiValueMap<String, String> m = new org.springframework.util.LinkedMultiValueMap<>();
        String partnership = req.path("partnership").asString("");
        m.add("partnership", req.hasNonNull("area") && !req.path("area").asString("").equals(partnership) ? partnership + ":" + req.path("area").asString() : partnership);
        if (req.hasNonNull("asAt")) {
            LocalDate d = LocalDate.parse(req.path("asAt").asString());
            m.add("asAt-day", String.valueOf(d.getDayOfMonth()));
            m.add("asAt-month", String.valueOf(d.getMonthValue()));
            m.add("asAt-year", String.valueOf(d.getYear()));
        }
        m.add("reporterRole", req.at("/reporter/role").asString(""));
        JsonNode child = req.path("child");
        m.add("unborn", child.path("unborn").asBoolean() ? "yes" : "no");
        if (child.hasNonNull("ageMonths")) {
            m.add("ageYears", String.valueOf(child.path("ageMonths").asInt() / 12));
            m.add("ageMonths", String.valueOf(child.path("ageMonths").asInt() % 12));
        }
        if (child.hasNonNull("gestationWeeks")) {
            m.add("gestationWeeks", String.valueOf(child.path("gestationWeeks").asInt()));
        }
        m.add("independentlyMobile", child.hasNonNull("independentlyMobile") ? (child.path("independentlyMobile").asBoolean() ? "yes" : "no") : "unknown");
        req.path("indicators").forEach(i -> m.add("indicators", i.asString()));
        if (req.path("indicators").isEmpty()) {
            m.add("noIndicators", "true");
        }
        JsonNode c = req.path("circumstances");
        for (String flag : List.of("immediateDanger", "earlyHelpPlanWithoutProgress", "markDocumentedAsBenign", "healthProfessionalSatisfiedBenign")) {
            if (c.path(flag).asBoolean()) {
                m.add(flag, "true");
            }
        }
        if (c.hasNonNull("consent")) {
            m.add("consent", c.path("consent").asString());
        }
        List<String> strengths = new ArrayList<>();
        req.path("strengths").forEach(s -> strengths.add(s.asString()));
        if (!strengths.isEmpty()) {
            m.add("strengths", String.join("\n", strengths));
        }
        return m;
    }

    private void addIndicators(Model model) {
        Map<String, List<Indicator>> byDomain = new LinkedHashMap<>();
        byDomain.put("CDN", new ArrayList<>());
        byDomain.put("PC", new ArrayList<>());
        byDomain.put("FEF", new ArrayList<>());
        rules.current().data(IndicatorCatalogue.class).all().forEach(i -> byDomain.get(i.domain()).add(i));
        model.addAttribute("indicatorsByDomain", byDomain);
        model.addAttribute("synonyms", rules.current().data(IndicatorSynonyms.class));
        model.addAttribute("domainNames", Map.of("CDN", "The child's developmental needs", "PC", "Parenting capacity",
                "FEF", "Family and environmental factors"));
    }

    @PostMapping("/thresholds")
    String threshold(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Forms f = new Forms(params);
        ObjectNode body = Forms.object();
        f.putPartnership(body);
        Forms.putText(body, "asAt", f.date("asAt"));
        Forms.putText(body, "caseReference", f.text("caseReference"));
        ObjectNode reporter = body.putObject("reporter");
        Forms.putText(reporter, "role", f.text("reporterRole"));
        ObjectNode child = body.putObject("child");
        boolean unborn = "yes".equals(f.text("unborn"));
        child.put("unborn", unborn);
        Forms.putNumberOrText(child, "ageMonths", f.ageInMonths("ageYears", "ageMonths"));
        Forms.putNumberOrText(child, "gestationWeeks", f.text("gestationWeeks"));
        if ("yes".equals(f.text("independentlyMobile")) || "no".equals(f.text("independentlyMobile"))) {
            child.put("independentlyMobile", "yes".equals(f.text("independentlyMobile")));
        }
        body.set("indicators", Forms.array(f.all("indicators")));
        ObjectNode c = body.putObject("circumstances");
        for (String flag : List.of("immediateDanger", "earlyHelpPlanWithoutProgress", "markDocumentedAsBenign", "healthProfessionalSatisfiedBenign")) {
            c.put(flag, f.checked(flag));
        }
        Forms.putText(c, "consent", f.text("consent"));
        String strengths = f.text("strengths");
        if (strengths != null) {
            body.set("strengths", Forms.array(strengths.lines().map(String::trim).filter(s -> !s.isEmpty()).toList()));
        }
        // A form with nothing ticked must not quietly become "Universal": the practitioner either ticks
        // what they see or says that none of the listed indicators apply.
        if (f.all("indicators").isEmpty() && !f.checked("noIndicators")) {
            FormErrors errors = FormErrors.none();
            try {
                decisions.type("thresholds").evaluate(body, rules.current(), "check", clock.today());
            } catch (ApiProblem p) {
                errors = FormErrors.of(p);
            }
            errors.add("indicators", "Select at least one thing you have seen, or tick that none of them apply");
            addIndicators(model);
            return render(model, "threshold-form", f, errors, response);
        }
        return submit("thresholds", body, f, model, response, "threshold-form", redirect);
    }

    // ---- notification

    @GetMapping("/notifications/new")
    String notificationForm(Model model, HttpServletResponse response) {
        return render(model, "notification-form", null, FormErrors.none(), response);
    }

    @PostMapping("/notifications")
    String notification(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Forms f = new Forms(params);
        ObjectNode body = Forms.object();
        f.putPartnership(body);
        Forms.putText(body, "asAt", f.date("asAt"));
        Forms.putText(body, "caseReference", f.text("caseReference"));
        ObjectNode child = body.putObject("child");
        Forms.putNumberOrText(child, "ageYears", f.text("ageYears"));
        child.put("lookedAfter", f.checked("lookedAfter"));
        child.put("careLeaver", f.checked("careLeaver"));
        ObjectNode incident = body.putObject("incident");
        for (String field : List.of("outcome", "abuseOrNeglect", "location", "setting")) {
            Forms.putText(incident, field, f.text(field));
        }
        for (String field : List.of("incidentDate", "localAuthorityAwareDate", "notificationSubmittedDate")) {
            Forms.putText(incident, field, f.date(field));
        }
        if (f.text("normallyResidentInArea") != null) {
            incident.put("normallyResidentInArea", "yes".equals(f.text("normallyResidentInArea")));
        }
        incident.put("familyKnownToChildrensSocialCare", f.checked("familyKnownToChildrensSocialCare"));
        incident.put("suspectedSuicideOrUnexplainedDeath", f.checked("suspectedSuicideOrUnexplainedDeath"));
        return submit("notification", body, f, model, response, "notification-form", redirect);
    }

    // ---- review

    @GetMapping("/reviews/new")
    String reviewForm(Model model, HttpServletResponse response) {
        model.addAttribute("criteria", criteria());
        return render(model, "review-form", null, FormErrors.none(), response);
    }

    private List<Criterion> criteria() {
        return rules.current().data(CriteriaCatalogue.class).criteria().stream()
                .filter(c -> !c.field().equals("panelConcludedLocalReviewMoreAppropriate")).toList();
    }

    @PostMapping("/reviews")
    String review(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Forms f = new Forms(params);
        model.addAttribute("criteria", criteria());
        ObjectNode body = Forms.object();
        f.putPartnership(body);
        Forms.putText(body, "asAt", f.date("asAt"));
        Forms.putText(body, "caseReference", f.text("caseReference"));
        ObjectNode c = body.putObject("case");
        Forms.putText(c, "abuseOrNeglect", f.text("abuseOrNeglect"));
        Forms.putText(c, "outcome", f.text("outcome"));
        ObjectNode dates = body.putObject("dates");
        for (String d : List.of("partnersAwareDate", "notificationSubmittedDate", "decisionDate")) {
            Forms.putText(dates, d, f.date(d));
        }
        ObjectNode criteria = body.putObject("criteria");
        for (Criterion k : criteria()) {
            Forms.putText(criteria, k.field(), f.text("criteria-" + k.field()));
        }
        body.put("panelConcludedLocalReviewMoreAppropriate", f.checked("panelConcludedLocalReviewMoreAppropriate"));
        Forms.putText(body, "rapidReviewLearningSufficient", f.text("rapidReviewLearningSufficient"));
        body.set("discretionaryGrounds", Forms.array(f.all("discretionaryGrounds")));
        ArrayNode views = body.putArray("partnerViews");
        for (String partner : List.of("LOCAL_AUTHORITY", "HEALTH", "POLICE")) {
            String view = f.text("view-" + partner);
            if (view != null) {
                views.addObject().put("partner", partner).put("view", view);
            }
        }
        return submit("review", body, f, model, response, "review-form", redirect);
    }

    private String submit(String type, ObjectNode body, Forms f, Model model, HttpServletResponse response, String view, RedirectAttributes redirect) {
        try {
            DecisionService.Decided d = decisions.decide(type, body);
            // The case reference is stored only as a keyed hash; the practitioner sees what they typed
            // once, on the page (and printout) that follows, and never again.
            if (f.text("caseReference") != null) {
                redirect.addFlashAttribute("caseReference", f.text("caseReference"));
            }
            return "redirect:/decisions/" + d.id();
        } catch (ApiProblem p) {
            if (view.equals("threshold-form")) {
                addIndicators(model);
            }
            return render(model, view, f, FormErrors.of(p), response);
        }
    }

    // ---- a stored decision, for the case file

    @GetMapping("/decisions/{id}")
    String decision(@PathVariable String id, Model model, HttpServletResponse response) {
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("f", new FormValues(Map.of()));
        return showDecision(id, model, response);
    }

    /**
     * The practitioner's own final decision on any of the three records. The first one recorded is the
     * final decision; each later one is an amendment, kept as a new entry with who and when.
     */
    @PostMapping("/decisions/{id}/outcome")
    String outcome(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Forms f = new Forms(params);
        ObjectNode body = Forms.object();
        DecisionRecord r = lookup.readable(id).orElse(null);
        String finalField = r == null ? "finalLevel" : decisions.type(r.decisionType()).finalDecisionField();
        if (f.text("agreed") != null) {
            body.put("agreed", "yes".equals(f.text("agreed")));
        }
        if (!"yes".equals(f.text("agreed"))) {
            if (finalField.equals("finalLevel")) {
                Forms.putNumberOrText(body, "finalLevel", f.text("finalLevel"));
            } else {
                Forms.putText(body, finalField, f.text("finalLevel"));
            }
            Forms.putText(body, "reason", f.text("reason"));
        }
        try {
            boolean amendment = r != null && !outcomes.of(id).isEmpty();
            outcomes.record(id, body);
            redirect.addFlashAttribute("recorded", amendment ? "Your amended final decision has been recorded" : "Your final decision has been recorded");
            return "redirect:/decisions/" + id;
        } catch (ApiProblem p) {
            if (p.status() == 404) {
                response.setStatus(404);
                return "not-found";
            }
            if (p.status() == 403) {
                response.setStatus(403);
                return "error/403";
            }
            model.addAttribute("errors", FormErrors.of(p).renamed(finalField, "finalLevel"));
            model.addAttribute("f", new FormValues(f.values()));
            response.setStatus(400);
            return showDecision(id, model, response);
        }
    }

    /** A practitioner's (or reviewer's) own decisions, newest first. */
    @GetMapping("/decisions/mine")
    String mine(Model model) {
        RecordFilter mine = RecordFilter.ALL.requestedBy(access.user());
        long total = store.count(mine);
        int size = 50;
        List<DecisionRecord> page = new ArrayList<>(store.list(mine, (int) Math.max(0, total - size), size));
        java.util.Collections.reverse(page);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DecisionRecord d : page) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("record", d);
            row.put("answer", mapper.readTree(d.responseJson()));
            List<DecisionRecord> os = outcomes.of(d.id());
            row.put("final", os.isEmpty() ? null : mapper.readTree(os.get(os.size() - 1).responseJson()));
            rows.add(row);
        }
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        return "my-decisions";
    }

    private String showDecision(String id, Model model, HttpServletResponse response) {
        DecisionRecord r = lookup.readable(id).orElse(null);
        if (r == null) {
            response.setStatus(404);
            return "not-found";
        }
        JsonNode answer = mapper.readTree(r.responseJson());
        JsonNode request = mapper.readTree(r.requestJson());
        PlainWords words = (PlainWords) model.getAttribute("words");
        Map<String, String> criterionByField = new LinkedHashMap<>();
        rules.current().data(CriteriaCatalogue.class).criteria().forEach(c -> criterionByField.put(c.field(), c.id()));
        RecordView view = new RecordView(words, criterionByField);
        List<RecordView.SourceRow> sources = view.sources(answer);
        LocalDate today = clock.today();
        model.addAttribute("record", r);
        model.addAttribute("a", answer);
        model.addAttribute("told", view.told(request, answer, r.caseRefHash() != null, (String) model.getAttribute("caseReference")));
        model.addAttribute("sources", sources);
        model.addAttribute("reasons", view.reasons(answer, sources));
        model.addAttribute("today", today);
        model.addAttribute("auditor", access.has(uk.childsafeguarding.decisions.access.Role.AUDITOR, r.partnershipId()));
        model.addAttribute("agreeOptions", List.of(new Option("yes", "Yes"), new Option("no", "No, we decided something different")));
        model.addAttribute("mayRecordOutcome", r.requestedBy().equals(access.user()));
        model.addAttribute("finalOptions", finalOptions(r.decisionType(), words));
        model.addAttribute("outcomes", outcomeRows(r, words));
        if (r.decisionType().equals("thresholds")) {
            addFrontDoor(model, answer);
        }
        if (r.decisionType().equals("notification")) {
            Map<String, LocalDate> due = new LinkedHashMap<>();
            answer.get("deadlines").forEach(d -> due.merge(words.brief("deadline", d.get("id").asString()), LocalDate.parse(d.get("dueBy").asString()), (x, y) -> x));
            model.addAttribute("calendar", DeadlineCalendar.of(due));
            model.addAttribute("deadlines", view.dated(answer.get("deadlines"), today));
            model.addAttribute("workingDaysLeft", workingDaysLeft(answer, today, words));
        }
        if (r.decisionType().equals("review")) {
            model.addAttribute("timetable", view.dated(answer.get("timetable"), today));
            model.addAttribute("partners", PartnerViews.of(request, answer, words));
            model.addAttribute("timetableAssumption", timetableAssumption(request, answer, words));
        }
        return "decision-" + r.decisionType();
    }

    /** What the practitioner may record as their own final decision: a level, or the answer's own values. */
    private static List<Option> finalOptions(String type, PlainWords words) {
        List<Option> out = new ArrayList<>();
        switch (type) {
            case "thresholds" -> {
                for (int n = 1; n <= 4; n++) {
                    out.add(new Option(String.valueOf(n), "Level " + n));
                }
            }
            case "notification" -> List.of("REQUIRED", "NOT_REQUIRED").forEach(c -> out.add(new Option(c, words.text("notificationDecision", c))));
            default -> List.of("LOCAL_CSPR", "NO_FURTHER_REVIEW", "REFER_FOR_NATIONAL_REVIEW", "DISCRETIONARY_REVIEW", "NOT_A_SERIOUS_CASE")
                    .forEach(c -> out.add(new Option(c, words.brief("recommendation", c))));
        }
        return out;
    }

    record OutcomeRow(String heading, String text, String who, String when) {
    }

    private List<OutcomeRow> outcomeRows(DecisionRecord r, PlainWords words) {
        List<OutcomeRow> rows = new ArrayList<>();
        List<DecisionRecord> os = outcomes.of(r.id());
        for (int i = 0; i < os.size(); i++) {
            JsonNode o = mapper.readTree(os.get(i).responseJson());
            String text;
            if (o.path("agreed").asBoolean()) {
                text = "Agreed with the suggested answer.";
            } else if (o.has("finalLevel") && !o.get("finalLevel").isNull()) {
                text = "Decided level " + o.get("finalLevel").asInt() + ". Reason: " + o.path("reason").asString("");
            } else {
                String code = o.path("finalDecision").asString("");
                String decided = r.decisionType().equals("notification") ? words.text("notificationDecision", code) : words.brief("recommendation", code);
                text = "Decided: " + decided + ". Reason: " + o.path("reason").asString("");
            }
            rows.add(new OutcomeRow(i == 0 ? "Final decision" : "Amendment " + i, text, os.get(i).requestedBy(), words.dateTime(os.get(i).createdAt())));
        }
        return rows;
    }

    /** How to reach the area's front door on the decision's date, from the partnership data. */
    private void addFrontDoor(Model model, JsonNode answer) {
        String areaId = answer.at("/area/id").asString(null);
        if (areaId == null) {
            return;
        }
        try {
            var partnership = rules.current().data(Partnerships.class).partnership(answer.at("/partnership/id").asString(""));
            var area = partnership == null ? null : partnership.area(areaId);
            model.addAttribute("frontDoor", area == null ? null : area.frontDoorOn(LocalDate.parse(answer.path("asAt").asString())));
        } catch (RuntimeException e) {
            model.addAttribute("frontDoor", null);
        }
    }

    /** "3 working days left to notify the Panel (by 10 November 2026)", counted from today in England. */
    private String workingDaysLeft(JsonNode answer, LocalDate today, PlainWords words) {
        for (JsonNode d : answer.path("deadlines")) {
            if (!d.path("id").asString("").equals("NOTIFY_PANEL")) {
                continue;
            }
            LocalDate due = LocalDate.parse(d.path("dueBy").asString());
            WorkingDayCalendar cal = rules.current().data(WorkingDayCalendar.class);
            if (due.isBefore(today)) {
                return "The deadline to notify the Panel has passed: it was " + words.date(due) + ".";
            }
            if (due.isEqual(today)) {
                return "Notify the Panel today: the deadline is " + words.date(due) + ".";
            }
            int left = 0;
            for (LocalDate day = today.plusDays(1); !day.isAfter(due); day = day.plusDays(1)) {
                if (!cal.covers(day) || cal.isWorkingDay(day)) {
                    left++;
                }
            }
            return left + (left == 1 ? " working day" : " working days") + " left to notify the Panel (by " + words.date(due) + ").";
        }
        return null;
    }

    /** The timetable counts from the partners' decision; say which date that is when none was given. */
    private static String timetableAssumption(JsonNode request, JsonNode answer, PlainWords words) {
        String given = request.at("/dates/decisionDate").asString(null);
        if (given != null) {
            return "The timetable counts from the partners' decision on " + words.date(given) + ".";
        }
        return "No date was given for the partners' decision, so the timetable assumes they decide on " + words.date(answer.path("asAt").asString(""))
                + " (the date of this check). Check it again with the real date once they have decided.";
    }
}
