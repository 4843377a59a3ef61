package uk.childsafeguarding.decisions.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.childsafeguarding.decisions.access.Access;
import uk.childsafeguarding.decisions.system.ApiProblem;
import uk.childsafeguarding.decisions.system.DecisionIds;
import uk.childsafeguarding.decisions.system.DirectIdentifiers;
import uk.childsafeguarding.decisions.system.JsonFields;
import uk.childsafeguarding.decisions.system.Problems;

/**
 * A practitioner's own final decision about a recommendation (agreed, or a different level or
 * decision with a reason), stored in the chain and linked to the recommendation, for the API and
 * the pages alike. Only the person who asked for the recommendation may record it.
 *
 * One outcome per decision: the chain is append-only, so a later outcome is stored as an amendment
 * (naming the one it replaces, "amends") and the latest is the one in force and counted. A different
 * final decision on a notification or review must be one of the answer's own codes (REQUIRED,
 * LOCAL_CSPR, ...), never free text, so it can be compared with the recommendation; any other value is 422.
 */
@Service
public class PractitionerOutcomes {

    private final AuditStore store;
    private final DecisionService decisions;
    private final Access access;
    private final JsonMapper mapper;
    private final DecisionLookup lookup;

    PractitionerOutcomes(AuditStore store, DecisionService decisions, Access access, JsonMapper mapper, DecisionLookup lookup) {
        this.lookup = lookup;
        this.store = store;
        this.decisions = decisions;
        this.access = access;
        this.mapper = mapper;
    }

    public Map<String, Object> record(String decisionId, JsonNode body) {
        DecisionRecord decision = lookup.readable(decisionId).orElseThrow(() -> ApiProblem.notFound("no decision " + decisionId));
        if (!decision.requestedBy().equals(access.user())) {
            throw new ApiProblem(403, "/problems/forbidden", "Not permitted",
                    "only the practitioner who asked for this recommendation can record their final decision", List.of());
        }
        DecisionType type = decisions.type(decision.decisionType());
        Problems problems = new Problems();
        JsonFields f = new JsonFields(body, "", problems);
        String finalField = type.finalDecisionField();
        f.allowOnly("agreed", finalField, "reason");
        Boolean agreed = f.bool("agreed", true);
        Object finalDecision = finalField.equals("finalLevel") ? f.integer(finalField, false, 1, 4) : f.text(finalField, false, 64);
        String reason = f.text("reason", false, 1000);
        DirectIdentifiers.check("reason", reason, problems);
        if (finalDecision instanceof String s) {
            DirectIdentifiers.check(finalField, s, problems);
        }
        if (Boolean.FALSE.equals(agreed)) {
            if (finalDecision == null && !problems.has(finalField)) {
                problems.add(finalField, "is required when the practitioner did not agree");
            }
            if (reason == null || reason.isBlank()) {
                problems.add("reason", "is required when the practitioner did not agree");
            }
        }
        decisions.checkBody("OutcomeRequest", body, problems);
        problems.throwIfAny();
        if (finalDecision instanceof String code && !type.finalDecisionCodes().contains(code)) {
            String detail = "must be one of the answer's own codes: " + String.join(", ", type.finalDecisionCodes());
            throw new ApiProblem(422, "/problems/unknown-final-decision", "The final decision is not one this answer can take", detail,
                    List.of(new uk.childsafeguarding.decisions.system.FieldError(finalField, detail)));
        }
        List<DecisionRecord> earlier = store.outcomesOf(decisionId);
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("decisionId", decisionId);
        if (!earlier.isEmpty()) {
            outcome.put("amends", earlier.get(earlier.size() - 1).id());
        }
        outcome.put("agreed", agreed);
        outcome.put(finalField, finalDecision);
        outcome.put("reason", reason);
        outcome.put("recommended", decision.outcome());
        String summary = agreed ? "agreed" : "differs: " + (finalField.equals("finalLevel") ? "level " + finalDecision : finalDecision);
        DecisionRecord record = new DecisionRecord(0, DecisionIds.next(), DecisionRecord.OUTCOME, decision.decisionType(), decision.partnershipId(),
                decision.asAt(), decisionId, null, CanonicalJson.write(body), mapper.writeValueAsString(outcome), summary, decision.ruleSetVersion(),
                decision.appVersion(), decision.droolsVersion(), decision.javaVersion(), access.user(),
                Instant.now().truncatedTo(ChronoUnit.MICROS).toString(), null, null);
        DecisionRecord stored = decisions.store(record);
        Map<String, Object> m = new LinkedHashMap<>(outcome);
        m.put("id", stored.id());
        m.put("recordedAt", stored.createdAt());
        m.put("hash", stored.hash());
        return m;
    }

    /** The outcomes recorded against a decision, oldest first. */
    public List<DecisionRecord> of(String decisionId) {
        return store.outcomesOf(decisionId);
    }
}
