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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.childsafeguarding.decisions.access.Access;
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

    DecisionPages(DecisionService decisions, RuleSetHolder rules, DecisionLookup lookup, Access access, JsonMapper mapper, PractitionerOutcomes outcomes) {
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

    private List<Option> partnerships() {
        Partnerships all = rules.current().data(Partnerships.class);
        List<Option> out = new ArrayList<>();
        for (Partnership p : all.all()) {
            if (p.hasSeveralAreas()) {
                p.areaIds().forEach(a -> out.add(new Option(p.id() + ":" + a, p.name() + " - " + p.area(a).name())));
            } else {
                out.add(new Option(p.id(), p.name()));
            }
        }
        return out;
    }

    private String render(Model model, String view, Forms form, FormErrors errors, HttpServletResponse response) {
        model.addAttribute("partnerships", partnerships());
        model.addAttribute("opts", OPTIONS);
        model.addAttribute("f", new FormValues(form == null ? Map.of() : form.values()));
        model.addAttribute("errors", errors);
        if (errors.any()) {
            response.setStatus(400);
        }
        return view;
    }

    // ---- threshold check

    @GetMapping("/thresholds/new")
    String thresholdForm(Model model, HttpServletResponse response) {
        addIndicators(model);
        return render(model, "threshold-form", null, FormErrors.none(), response);
    }

    private void addIndicators(Model model) {
        Map<String, List<Indicator>> byDomain = new LinkedHashMap<>();
        byDomain.put("CDN", new ArrayList<>());
        byDomain.put("PC", new ArrayList<>());
        byDomain.put("FEF", new ArrayList<>());
        rules.current().data(IndicatorCatalogue.class).all().forEach(i -> byDomain.get(i.domain()).add(i));
        model.addAttribute("indicatorsByDomain", byDomain);
        model.addAttribute("domainNames", Map.of("CDN", "The child's developmental needs", "PC", "Parenting capacity",
                "FEF", "Family and environmental factors"));
    }

    @PostMapping("/thresholds")
    String threshold(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        Forms f = new Forms(params);
        ObjectNode body = Forms.object();
        f.putPartnership(body);
        Forms.putText(body, "asAt", f.text("asAt"));
        Forms.putText(body, "caseReference", f.text("caseReference"));
        ObjectNode reporter = body.putObject("reporter");
        Forms.putText(reporter, "role", f.text("reporterRole"));
        ObjectNode child = body.putObject("child");
        boolean unborn = "yes".equals(f.text("unborn"));
        child.put("unborn", unborn);
        Forms.putNumberOrText(child, "ageMonths", f.text("ageMonths"));
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
        return submit("thresholds", body, f, model, response, "threshold-form");
    }

    // ---- notification

    @GetMapping("/notifications/new")
    String notificationForm(Model model, HttpServletResponse response) {
        return render(model, "notification-form", null, FormErrors.none(), response);
    }

    @PostMapping("/notifications")
    String notification(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        Forms f = new Forms(params);
        ObjectNode body = Forms.object();
        f.putPartnership(body);
        Forms.putText(body, "asAt", f.text("asAt"));
        Forms.putText(body, "caseReference", f.text("caseReference"));
        ObjectNode child = body.putObject("child");
        Forms.putNumberOrText(child, "ageYears", f.text("ageYears"));
        child.put("lookedAfter", f.checked("lookedAfter"));
        child.put("careLeaver", f.checked("careLeaver"));
        ObjectNode incident = body.putObject("incident");
        for (String field : List.of("outcome", "abuseOrNeglect", "location", "setting", "incidentDate", "localAuthorityAwareDate", "notificationSubmittedDate")) {
            Forms.putText(incident, field, f.text(field));
        }
        if (f.text("normallyResidentInArea") != null) {
            incident.put("normallyResidentInArea", "yes".equals(f.text("normallyResidentInArea")));
        }
        incident.put("familyKnownToChildrensSocialCare", f.checked("familyKnownToChildrensSocialCare"));
        incident.put("suspectedSuicideOrUnexplainedDeath", f.checked("suspectedSuicideOrUnexplainedDeath"));
        return submit("notification", body, f, model, response, "notification-form");
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
    String review(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        Forms f = new Forms(params);
        model.addAttribute("criteria", criteria());
        ObjectNode body = Forms.object();
        f.putPartnership(body);
        Forms.putText(body, "asAt", f.text("asAt"));
        Forms.putText(body, "caseReference", f.text("caseReference"));
        ObjectNode c = body.putObject("case");
        Forms.putText(c, "abuseOrNeglect", f.text("abuseOrNeglect"));
        Forms.putText(c, "outcome", f.text("outcome"));
        ObjectNode dates = body.putObject("dates");
        for (String d : List.of("partnersAwareDate", "notificationSubmittedDate", "decisionDate")) {
            Forms.putText(dates, d, f.text(d));
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
        return submit("review", body, f, model, response, "review-form");
    }

    private String submit(String type, ObjectNode body, Forms f, Model model, HttpServletResponse response, String view) {
        try {
            DecisionService.Decided d = decisions.decide(type, body);
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

    /** The practitioner's own final decision, from the form under a threshold result. */
    @PostMapping("/decisions/{id}/outcome")
    String outcome(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        Forms f = new Forms(params);
        ObjectNode body = Forms.object();
        if (f.text("agreed") != null) {
            body.put("agreed", "yes".equals(f.text("agreed")));
        }
        if (!"yes".equals(f.text("agreed"))) {
            Forms.putNumberOrText(body, "finalLevel", f.text("finalLevel"));
            Forms.putText(body, "reason", f.text("reason"));
        }
        try {
            outcomes.record(id, body);
            return "redirect:/decisions/" + id + "#outcomes";
        } catch (ApiProblem p) {
            if (p.status() == 404) {
                response.setStatus(404);
                return "not-found";
            }
            model.addAttribute("errors", FormErrors.of(p));
            model.addAttribute("f", new FormValues(f.values()));
            response.setStatus(400);
            return showDecision(id, model, response);
        }
    }

    private String showDecision(String id, Model model, HttpServletResponse response) {
        DecisionRecord r = lookup.readable(id).orElse(null);
        if (r == null) {
            response.setStatus(404);
            return "not-found";
        }
        JsonNode answer = mapper.readTree(r.responseJson());
        model.addAttribute("record", r);
        model.addAttribute("a", answer);
        model.addAttribute("auditor", access.has(uk.childsafeguarding.decisions.access.Role.AUDITOR, r.partnershipId()));
        model.addAttribute("agreeOptions", List.of(new Option("yes", "Yes"), new Option("no", "No, I decided a different level")));
        model.addAttribute("mayRecordOutcome", r.requestedBy().equals(access.user()) && r.decisionType().equals("thresholds"));
        model.addAttribute("outcomes", outcomes.of(r.id()).stream().map(o -> mapper.readTree(o.responseJson())).toList());
        if (r.decisionType().equals("notification")) {
            Map<String, LocalDate> due = new LinkedHashMap<>();
            answer.get("deadlines").forEach(d -> due.put(d.get("id").asString(), LocalDate.parse(d.get("dueBy").asString())));
            model.addAttribute("calendar", DeadlineCalendar.of(due));
        }
        return "decision-" + r.decisionType();
    }
}
