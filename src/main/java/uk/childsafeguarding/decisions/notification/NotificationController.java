package uk.childsafeguarding.decisions.notification;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.childsafeguarding.decisions.audit.DecisionService;

/** POST /api/v1/notification-assessments: evaluated, stored, then returned. */
@RestController
class NotificationController {

    private final DecisionService decisions;

    NotificationController(DecisionService decisions) {
        this.decisions = decisions;
    }

    @PostMapping("/api/v1/notification-assessments")
    ResponseEntity<byte[]> assess(HttpServletRequest http) {
        return decisions.decide("notification", http);
    }
}
