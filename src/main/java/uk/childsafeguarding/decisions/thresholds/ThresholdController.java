package uk.childsafeguarding.decisions.thresholds;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.engine.RuleSetHolder;
import uk.childsafeguarding.decisions.partnerships.Partnerships;
import uk.childsafeguarding.decisions.system.DecisionIds;
import uk.childsafeguarding.decisions.system.JsonBody;
import uk.childsafeguarding.decisions.system.LondonClock;

/** POST /api/v1/threshold-assessments and GET /api/v1/indicators. */
@RestController
class ThresholdController {

    private final RuleSetHolder rules;
    private final ThresholdAssessor assessor;
    private final LondonClock clock;

    ThresholdController(RuleSetHolder rules, ThresholdAssessor assessor, LondonClock clock) {
        this.rules = rules;
        this.assessor = assessor;
        this.clock = clock;
    }

    @PostMapping("/api/v1/threshold-assessments")
    ResponseEntity<ThresholdAssessment> assess(HttpServletRequest http) {
        RuleSet ruleSet = rules.current();
        ThresholdRequest request = ThresholdRequestReader.read(JsonBody.readObject(http), ruleSet.data(Partnerships.class),
                ruleSet.data(IndicatorCatalogue.class), clock.today());
        ThresholdAssessment answer = assessor.assess(request, ruleSet, DecisionIds.next());
        return ResponseEntity.ok().header("X-Rule-Set-Version", ruleSet.version()).body(answer);
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
