package uk.childsafeguarding.decisions.review;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.childsafeguarding.decisions.audit.DecisionService;

/** POST /api/v1/review-assessments: evaluated, stored, then returned. */
@RestController
class ReviewController {

    private final DecisionService decisions;

    ReviewController(DecisionService decisions) {
        this.decisions = decisions;
    }

    @PostMapping("/api/v1/review-assessments")
    ResponseEntity<byte[]> assess(HttpServletRequest http) {
        return decisions.decide("review", http);
    }
}
