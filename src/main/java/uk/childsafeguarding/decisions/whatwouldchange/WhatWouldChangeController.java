package uk.childsafeguarding.decisions.whatwouldchange;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import uk.childsafeguarding.decisions.system.ApiProblem;

/** GET /api/v1/decisions/{id}/what-would-change: readable by whoever may read the decision, else 404. */
@RestController
class WhatWouldChangeController {

    private final WhatWouldChange whatWouldChange;

    WhatWouldChangeController(WhatWouldChange whatWouldChange) {
        this.whatWouldChange = whatWouldChange;
    }

    @GetMapping("/api/v1/decisions/{id}/what-would-change")
    ResponseEntity<Map<String, Object>> get(@PathVariable String id) {
        WhatWouldChange.Worked w = whatWouldChange.forReadable(id).orElseThrow(() -> ApiProblem.notFound("no decision " + id));
        ChangeSearch.Answer a = w.answer();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decisionId", a.decisionId());
        body.put("headline", a.headline());
        body.put("whatWouldChange", a.whatWouldChange());
        return ResponseEntity.ok().header("X-Rule-Set-Version", w.ruleSetVersion()).body(body);
    }
}
