package uk.childsafeguarding.decisions.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.childsafeguarding.decisions.engine.RuleInfo;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.engine.RuleSetHolder;
import uk.childsafeguarding.decisions.engine.Yamls;

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

    @GetMapping("/rules")
    String rules(Model model) {
        RuleSet rs = rules.current();
        Map<String, List<String>> scenarios = scenarios();
        Map<String, List<RuleRow>> byFeature = new TreeMap<>();
        rs.allRules().stream().sorted(Comparator.comparing(RuleInfo::id)).forEach(r -> {
            var s = rs.sources().get(r.source());
            byFeature.computeIfAbsent(r.pkg(), k -> new ArrayList<>()).add(new RuleRow(r, s == null ? r.source() : s.title(), s == null ? null : s.url(),
                    scenarios.getOrDefault(r.id(), List.of())));
        });
        model.addAttribute("version", rs.version());
        model.addAttribute("byFeature", byFeature);
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
