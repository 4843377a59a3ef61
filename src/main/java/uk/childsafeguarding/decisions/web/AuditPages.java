package uk.childsafeguarding.decisions.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.childsafeguarding.decisions.access.Access;
import uk.childsafeguarding.decisions.access.Role;
import uk.childsafeguarding.decisions.audit.AuditStore;
import uk.childsafeguarding.decisions.audit.AuditVerifier;
import uk.childsafeguarding.decisions.audit.DecisionLookup;
import uk.childsafeguarding.decisions.audit.DecisionRecord;
import uk.childsafeguarding.decisions.audit.RecordFilter;
import uk.childsafeguarding.decisions.audit.ReplayJobs;
import uk.childsafeguarding.decisions.audit.PractitionerOutcomes;
import uk.childsafeguarding.decisions.audit.Replayer;
import uk.childsafeguarding.decisions.engine.RuleSetHolder;
import uk.childsafeguarding.decisions.partnerships.Partnerships;

/** For auditors: find decisions, replay one, check the chain, and see the impact of the current rules over time. */
@Controller
class AuditPages {

    /** One bar of the impact chart: decisions in a month and how many the current rules would change. */
    record MonthBar(String month, long total, long changed, int totalHeight, int changedHeight, int x) {
    }

    private final AuditStore store;
    private final AuditVerifier verifier;
    private final Access access;
    private final Replayer replayer;
    private final ReplayJobs jobs;
    private final DecisionLookup lookup;
    private final PractitionerOutcomes outcomes;
    private final RuleSetHolder rules;

    AuditPages(AuditStore store, Access access, Replayer replayer, ReplayJobs jobs, DecisionLookup lookup, AuditVerifier verifier,
            PractitionerOutcomes outcomes, RuleSetHolder rules) {
        this.verifier = verifier;
        this.outcomes = outcomes;
        this.rules = rules;
        this.lookup = lookup;
        this.store = store;
        this.access = access;
        this.replayer = replayer;
        this.jobs = jobs;
    }

    private RecordFilter scope(String partnership, String type, LocalDate from, LocalDate to) {
        return new RecordFilter(partnership, type, from, to).withinPartnerships(access.partnershipsFor(Role.AUDITOR));
    }

    private static LocalDate date(String s, List<FormErrors.Item> errors, String field, String label) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FormErrors.Item("#" + field, label + " must be a real date, for example 20 11 2026"));
            return null;
        }
    }

    /** "from" and "to" come as GOV.UK date inputs (from-day, from-month, from-year) or, from the forms below the list, as one date. */
    private static String dateParam(MultiValueMap<String, String> params, String name) {
        return new Forms(params).date(name);
    }

    @GetMapping("/audit")
    String list(@RequestParam MultiValueMap<String, String> params, Model model) {
        String partnership = new Forms(params).text("partnership");
        String type = new Forms(params).text("type");
        String from = dateParam(params, "from");
        String to = dateParam(params, "to");
        List<FormErrors.Item> errors = new ArrayList<>();
        RecordFilter filter = scope(partnership, type, date(from, errors, "from", "The first date"), date(to, errors, "to", "The last date"));
        model.addAttribute("errorList", errors);
        model.addAttribute("total", store.count(filter));
        List<DecisionRecord> records = store.list(filter, 0, 100);
        model.addAttribute("records", records);
        Map<String, String> finals = new java.util.HashMap<>();
        for (DecisionRecord r : records) {
            List<DecisionRecord> os = outcomes.of(r.id());
            if (!os.isEmpty()) {
                finals.put(r.id(), os.get(os.size() - 1).outcome());
            }
        }
        model.addAttribute("finals", finals);
        java.util.Set<String> allowed = access.partnershipsFor(Role.AUDITOR);
        List<DecisionPages.Option> partnerships = new ArrayList<>();
        rules.current().data(Partnerships.class).all().stream().filter(p -> allowed == null || allowed.contains(p.id()))
                .forEach(p -> partnerships.add(new DecisionPages.Option(p.id(), p.name())));
        model.addAttribute("partnershipOptions", partnerships);
        Map<String, String> names = new java.util.HashMap<>();
        rules.current().data(Partnerships.class).all().forEach(p -> names.put(p.id(), p.name()));
        model.addAttribute("names", names);
        model.addAttribute("q", Map.of("partnership", partnership == null ? "" : partnership, "type", type == null ? "" : type,
                "from", from == null ? "" : from, "to", to == null ? "" : to));
        Map<String, List<String>> values = new java.util.LinkedHashMap<>(params);
        model.addAttribute("f", new FormValues(values));
        model.addAttribute("errors", FormErrors.none());
        return "audit";
    }

    @PostMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", verifier.verify());
        return "verification";
    }

    @PostMapping("/audit/decisions/{id}/replay")
    String replay(@PathVariable String id, @RequestParam String against, Model model) {
        DecisionRecord r = lookup.auditable(id).orElse(null);
        if (r == null) {
            return "not-found";
        }
        model.addAttribute("record", r);
        model.addAttribute("result", replayer.replay(r, Replayer.Against.valueOf(against.equals("CURRENT") ? "CURRENT" : "ORIGINAL")));
        return "replay";
    }

    @PostMapping("/audit/impact")
    String impact(@RequestParam(required = false) String partnership, @RequestParam(required = false) String type,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) throws InterruptedException {
        List<FormErrors.Item> errors = new ArrayList<>();
        RecordFilter filter = scope(partnership, type, date(from, errors, "from", "The first date"), date(to, errors, "to", "The last date"));
        if (!errors.isEmpty()) {
            MultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
            params.add("partnership", partnership);
            params.add("type", type);
            params.add("from", from);
            params.add("to", to);
            return list(params, model);
        }
        ReplayJobs.Job job = jobs.start(filter, Replayer.Against.CURRENT, access.user());
        job.awaitDone(java.time.Duration.ofSeconds(30));
        Map<String, Object> view = job.view(true);
        Set<String> changed = new HashSet<>();
        @SuppressWarnings("unchecked")
        List<Replayer.Result> changes = (List<Replayer.Result>) view.get("changedDecisions");
        if (changes != null) {
            changes.forEach(c -> changed.add(c.decisionId()));
        }
        Map<String, long[]> byMonth = new TreeMap<>();
        store.forEachDecision(filter, r -> {
            long[] m = byMonth.computeIfAbsent(r.asAt().substring(0, 7), k -> new long[2]);
            m[0]++;
            if (changed.contains(r.id())) {
                m[1]++;
            }
        });
        long max = byMonth.values().stream().mapToLong(m -> m[0]).max().orElse(1);
        List<MonthBar> bars = new ArrayList<>();
        int x = 40;
        for (Map.Entry<String, long[]> e : byMonth.entrySet()) {
            bars.add(new MonthBar(java.time.YearMonth.parse(e.getKey()).format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.UK)), e.getValue()[0], e.getValue()[1], (int) (160 * e.getValue()[0] / max), (int) (160 * e.getValue()[1] / max), x));
            x += 60;
        }
        model.addAttribute("job", view);
        model.addAttribute("bars", bars);
        model.addAttribute("chartWidth", Math.max(300, x + 20));
        return "impact";
    }
}
