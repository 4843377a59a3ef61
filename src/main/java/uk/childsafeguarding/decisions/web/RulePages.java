package uk.childsafeguarding.decisions.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.childsafeguarding.decisions.engine.RuleInfo;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.engine.RuleSetHolder;
import uk.childsafeguarding.decisions.engine.Yamls;
import uk.childsafeguarding.decisions.partnerships.Partnership;
import uk.childsafeguarding.decisions.partnerships.Partnerships;

/** For policy owners: every rule with its citation, dates in force, and the scenarios that exercise it. */
@Controller
class RulePages {

    record RuleRow(RuleInfo rule, String sourceTitle, String sourceUrl, List<String> scenarios) {
    }

    private final RuleSetHolder rules;
    private volatile Map<String, List<String>> scenariosByRule;

    RulePages(RuleSetHolder rules) {
        this.rules = rules;
    }

    static final int PAGE_SIZE = 20;

    /**
     * The rule browser, searchable and filterable. A partnership filter shows the rules that cite that
     * partnership's own documents (rules citing national documents apply everywhere and are shown when
     * no partnership is chosen); search looks in the id, the summary, the source and the section.
     */
    @GetMapping("/rules")
    String rules(@RequestParam(required = false) String q, @RequestParam(required = false) String feature,
            @RequestParam(required = false) String partnership, @RequestParam(defaultValue = "1") int page, Model model) {
        RuleSet rs = rules.current();
        Map<String, List<String>> scenarios = scenarios();
        Partnerships partnerships = rs.data(Partnerships.class);
        Partnership chosen = partnership == null || partnership.isBlank() ? null : partnerships.partnership(partnership);
        String query = q == null ? "" : q.trim().toLowerCase(Locale.UK);
        List<RuleRow> matching = new ArrayList<>();
        // a partnership's own policy (its file's protocol, steps, deadlines, documents and actions) is listed with the rules
        List<RuleInfo> all = new ArrayList<>(rs.allRules());
        java.util.Set<String> local = new java.util.HashSet<>();
        java.util.Set<RuleInfo> fromFiles = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Partnership p : partnerships.all()) {
            if (chosen != null && chosen != p) {
                continue;
            }
            for (var c : p.citations()) {
                String pkg = c.id().startsWith("THR-") ? "thresholds" : c.id().startsWith("NOT-") ? "notification" : "review";
                if (local.add(c.id() + " " + p.id())) {
                    RuleInfo row = new RuleInfo(pkg, p.name() + ": " + c.id(), c.id(), c.source(), c.section(), c.summary() + " (" + p.name() + ")",
                            c.validity(), c.confidence(), null);
                    all.add(row);
                    fromFiles.add(row);
                }
            }
        }
        all.stream().sorted(Comparator.comparing(RuleInfo::id)).forEach(r -> {
            boolean fromFile = fromFiles.contains(r);
            var s = rs.sources().get(r.source());
            if (feature != null && !feature.isBlank() && !r.pkg().equals(feature)) {
                return;
            }
            if (chosen != null && !fromFile && (s == null || s.areas() == null || s.areas().stream().noneMatch(chosen.areaIds()::contains))) {
                return;
            }
            String title = s == null ? r.source() : s.title();
            String haystack = (r.id() + " " + r.summary() + " " + title + " " + r.section()).toLowerCase(Locale.UK);
            if (!query.isEmpty() && !haystack.contains(query)) {
                return;
            }
            matching.add(new RuleRow(r, title, s == null ? null : s.url(), scenarios.getOrDefault(r.id(), List.of())));
        });
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        model.addAttribute("rows", matching.subList((current - 1) * PAGE_SIZE, Math.min(matching.size(), current * PAGE_SIZE)));
        model.addAttribute("total", matching.size());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("feature", feature == null ? "" : feature);
        model.addAttribute("partnership", partnership == null ? "" : partnership);
        model.addAttribute("partnershipOptions", partnerships.all().stream().map(p -> new DecisionPages.Option(p.id(), p.name())).toList());
        model.addAttribute("version", rs.version());
        return "rules";
    }

    /** Scenario names by the rule ids they expect to fire, read from the scenarios packaged with the service. */
    @SuppressWarnings("unchecked")
    private Map<String, List<String>> scenarios() {
        if (scenariosByRule != null) {
            return scenariosByRule;
        }
        Map<String, List<String>> out = new TreeMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:test-scenarios/**/*.yaml")) {
                try (InputStream in = r.getInputStream()) {
                    Map<String, Object> m = Yamls.map(Yamls.load(new String(in.readAllBytes(), StandardCharsets.UTF_8)), String.valueOf(r));
                    Object expect = m.get("expect");
                    if (expect instanceof Map<?, ?> e && e.get("firedRules") instanceof List<?> fired) {
                        for (Object id : fired) {
                            out.computeIfAbsent(String.valueOf(id), k -> new ArrayList<>()).add(String.valueOf(m.get("name")));
                        }
                    }
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        scenariosByRule = out;
        return out;
    }
}
