package uk.childsafeguarding.decisions.review;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.engine.RuleSetHolder;
import uk.childsafeguarding.decisions.partnerships.Partnerships;
import uk.childsafeguarding.decisions.system.DecisionIds;
import uk.childsafeguarding.decisions.system.JsonBody;
import uk.childsafeguarding.decisions.system.LondonClock;

/** POST /api/v1/review-assessments. */
@RestController
class ReviewController {

    private final RuleSetHolder rules;
    private final ReviewAssessor assessor;
    private final LondonClock clock;

    ReviewController(RuleSetHolder rules, ReviewAssessor assessor, LondonClock clock) {
        this.rules = rules;
        this.assessor = assessor;
        this.clock = clock;
    }

    @PostMapping("/api/v1/review-assessments")
    ResponseEntity<ReviewAssessment> assess(HttpServletRequest http) {
        RuleSet ruleSet = rules.current();
        ReviewRequest request = ReviewRequestReader.read(JsonBody.readObject(http), ruleSet.data(Partnerships.class),
                ruleSet.data(CriteriaCatalogue.class), clock.today());
        ReviewAssessment answer = assessor.assess(request, ruleSet, DecisionIds.next());
        return ResponseEntity.ok().header("X-Rule-Set-Version", ruleSet.version()).body(answer);
    }
}
