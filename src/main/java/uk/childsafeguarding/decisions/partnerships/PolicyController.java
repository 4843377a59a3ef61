package uk.childsafeguarding.decisions.partnerships;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.childsafeguarding.decisions.audit.PolicySignOffs;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.engine.RuleSetHolder;
import uk.childsafeguarding.decisions.system.ApiProblem;
import uk.childsafeguarding.decisions.system.FieldError;
import uk.childsafeguarding.decisions.system.JsonBody;
import uk.childsafeguarding.decisions.system.LondonClock;

/**
 * GET /api/v1/partnerships/{id}/policy?asAt=: the policy digest (everything the service will say for the
 * partnership on that date) with its sign-off state and what changed since the last sign-off;
 * POST /api/v1/partnerships/{id}/policy/sign-off: a policy owner signs it off (a record in the audit chain).
 */
@RestController
public class PolicyController {

    private final RuleSetHolder rules;
    private final PolicySignOffs signOffs;
    private final LondonClock clock;

    PolicyController(RuleSetHolder rules, PolicySignOffs signOffs, LondonClock clock) {
        this.rules = rules;
        this.signOffs = signOffs;
        this.clock = clock;
    }

    @GetMapping("/api/v1/partnerships/{id}/policy")
    Map<String, Object> digest(@PathVariable String id, @RequestParam(required = false) String asAt) {
        return digestOf(id, asAt);
    }

    @PostMapping("/api/v1/partnerships/{id}/policy/sign-off")
    ResponseEntity<Map<String, Object>> signOff(@PathVariable String id, HttpServletRequest http) {
        return ResponseEntity.status(HttpStatus.CREATED).body(signOffs.signOff(id, JsonBody.readObject(http)));
    }

    /** The digest with its sign-off state, for the API and the page. */
    public Map<String, Object> digestOf(String id, String asAtText) {
        RuleSet ruleSet = rules.current();
        Partnership p = ruleSet.data(Partnerships.class).partnership(id);
        if (p == null) {
            throw ApiProblem.notFound("no partnership " + id);
        }
        LocalDate asAt;
        try {
            asAt = asAtText == null || asAtText.isBlank() ? clock.today() : LocalDate.parse(asAtText);
        } catch (DateTimeParseException e) {
            throw new ApiProblem(400, "/problems/invalid-request", "The request is not valid", "1 problem was found in the request",
                    List.of(new FieldError("asAt", "must be a date written YYYY-MM-DD")));
        }
        if (!p.validity().contains(asAt)) {
            throw new ApiProblem(400, "/problems/invalid-request", "The request is not valid", "1 problem was found in the request",
                    List.of(new FieldError("asAt", "partnership '" + id + "' does not answer on " + asAt)));
        }
        Map<String, Object> out = new LinkedHashMap<>(PolicyDigest.of(p, asAt, ruleSet));
        out.put("policySignOff", signOffs.state(p, ruleSet));
        out.put("changedSinceSignOff", signOffs.changesSinceSignOff(p, ruleSet));
        return out;
    }
}
