package uk.childsafeguarding.decisions.thresholds;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.childsafeguarding.decisions.audit.DecisionService;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.engine.RuleSetHolder;

/** POST /api/v1/threshold-assessments and GET /api/v1/indicators. */
@RestController
class ThresholdController {

    private final RuleSetHolder rules;
    private final DecisionService decisions;

    ThresholdController(RuleSetHolder rules, DecisionService decisions) {
        this.rules = rules;
        this.decisions = decisions;
    }

    @PostMapping("/api/v1/threshold-assessments")
    ResponseEntity<byte[]> assess(HttpServletRequest http) {
        return decisions.decide("thresholds", http);
    }

    @GetMapping("/api/v1/indicators")
    Map<String, Object> indicators() {
        RuleSet ruleSet = rules.current();
        List<Indicator> all = List.copyOf(ruleSet.data(IndicatorCatalogue.class).all());
        return Map.of("ruleSetVersion", ruleSet.version(), "domains",
                Map.of("CDN", "Child's developmental needs", "PC", "Parenting capacity", "FEF", "Family and environmental factors"),
                "indicators", all);
    }
}
