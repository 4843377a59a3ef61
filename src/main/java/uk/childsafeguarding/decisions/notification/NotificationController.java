package uk.childsafeguarding.decisions.notification;

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

/** POST /api/v1/notification-assessments. */
@RestController
class NotificationController {

    private final RuleSetHolder rules;
    private final NotificationAssessor assessor;
    private final LondonClock clock;

    NotificationController(RuleSetHolder rules, NotificationAssessor assessor, LondonClock clock) {
        this.rules = rules;
        this.assessor = assessor;
        this.clock = clock;
    }

    @PostMapping("/api/v1/notification-assessments")
    ResponseEntity<NotificationAssessment> assess(HttpServletRequest http) {
        RuleSet ruleSet = rules.current();
        NotificationRequest request = NotificationRequestReader.read(JsonBody.readObject(http), ruleSet.data(Partnerships.class), clock.today());
        NotificationAssessment answer = assessor.assess(request, ruleSet, DecisionIds.next());
        return ResponseEntity.ok().header("X-Rule-Set-Version", ruleSet.version()).body(answer);
    }
}
