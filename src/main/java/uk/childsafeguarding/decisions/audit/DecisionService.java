package uk.childsafeguarding.decisions.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.childsafeguarding.decisions.access.Access;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.engine.RuleSetHolder;
import uk.childsafeguarding.decisions.system.ApiProblem;
import uk.childsafeguarding.decisions.system.ApiSchemas;
import uk.childsafeguarding.decisions.system.DecisionIds;
import uk.childsafeguarding.decisions.system.JsonBody;
import uk.childsafeguarding.decisions.system.LondonClock;
import uk.childsafeguarding.decisions.partnerships.Partnership;
import uk.childsafeguarding.decisions.vocabulary.Vocabulary;
import uk.childsafeguarding.decisions.partnerships.Partnerships;

/**
 * The one path every recommendation takes: read the body, evaluate it with the rule set in force,
 * store the record (request, response, versions, who, when) and only once it is committed return
 * exactly the stored response. A rejected request is never stored.
 */
@Service
public class DecisionService {

    private static final long STORE_TIMEOUT_SECONDS = 30;

    private final Map<String, DecisionType> types = new LinkedHashMap<>();
    private final RuleSetHolder rules;
    private final DecisionLedger ledger;
    private final CaseReferenceHasher caseReferences;
    private final EngineVersions versions;
    private final RuleSetSnapshots snapshots;
    private final LondonClock clock;
    private final JsonMapper mapper;
    private final Access access;
    private final PolicySignOffs signOffs;
    private final ApiSchemas schemas;

    DecisionService(List<DecisionType> types, RuleSetHolder rules, DecisionLedger ledger, CaseReferenceHasher caseReferences,
            EngineVersions versions, RuleSetSnapshots snapshots, LondonClock clock, JsonMapper mapper, Access access, PolicySignOffs signOffs,
            ApiSchemas schemas) {
        this.signOffs = signOffs;
        types.forEach(t -> this.types.put(t.name(), t));
        this.rules = rules;
        this.ledger = ledger;
        this.caseReferences = caseReferences;
        this.versions = versions;
        this.snapshots = snapshots;
        this.clock = clock;
        this.mapper = mapper;
        this.access = access;
        this.schemas = schemas;
    }

    /** A hand-read body (outcome, replay, impact job) also checked against its published schema component. */
    public void checkBody(String component, JsonNode body, uk.childsafeguarding.decisions.system.Problems problems) {
        schemas.check(component, body, rules.current(), problems);
    }

    public DecisionType type(String name) {
        return types.get(name);
    }

    public java.util.Set<String> typeNames() {
        return types.keySet();
    }

    /**
     * The stored response as UTF-8 bytes, encoded once: returned as a String, Spring's converter encoded
     * it twice (once to count its length, once to write it), a tenth of a decision's allocation (issue 16).
     */
    public ResponseEntity<byte[]> decide(String typeName, HttpServletRequest http) {
        Decided d = decide(typeName, JsonBody.readObject(http));
        return ResponseEntity.ok().header("X-Rule-Set-Version", d.ruleSetVersion()).contentType(MediaType.APPLICATION_JSON)
                .body(d.responseJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A stored decision: its id, the exact response returned, and the rule set version. */
    public record Decided(String id, String responseJson, String ruleSetVersion) {
    }

    /** The same path for the pages: evaluate, check the partnership, store, then return what was stored. */
    public Decided decide(String typeName, JsonNode body) {
        DecisionType type = types.get(typeName);
        RuleSet ruleSet = rules.current();
        String id = DecisionIds.next();
        DecisionType.Evaluated evaluated = evaluate(type, body, ruleSet, id);
        access.require(Access.creatorOf(type.name()), evaluated.partnershipId());
        // every answer says whether its partnership's policy owner has signed off what it rests on
        ObjectNode response = mapper.valueToTree(evaluated.response());
        Partnership partnership = ruleSet.data(Partnerships.class).partnership(evaluated.partnershipId());
        response.set("policySignOff", mapper.valueToTree(signOffs.state(partnership, ruleSet)));
        // the plain-English words for every code in the answer, from the rule set's vocabulary, beside the codes
        response.set("words", mapper.valueToTree(Glossary.of(response, ruleSet.data(Vocabulary.class))));
        String responseJson = mapper.writeValueAsString(response);
        ObjectNode request = (ObjectNode) body.deepCopy();
        request.remove("caseReference");
        request.put("asAt", evaluated.asAt().toString());
        snapshots.ensureStored(ruleSet);
        DecisionRecord record = new DecisionRecord(0, id, DecisionRecord.DECISION, type.name(), evaluated.partnershipId(), evaluated.asAt().toString(),
                null, caseReferences.hash(evaluated.caseReference()), CanonicalJson.write(request), responseJson, evaluated.outcome(),
                ruleSet.version(), versions.app(), versions.drools(), versions.java(), access.user(),
                Instant.now().truncatedTo(ChronoUnit.MICROS).toString(), null, null);
        store(record);
        return new Decided(id, responseJson, ruleSet.version());
    }

    /**
     * The feature's reader and its published JSON Schema both check the request (ApiSchemas): every
     * problem either finds is reported at once, and a request only one of them refuses is refused.
     * Replays do not come here: a stored request is replayed as it was accepted.
     */
    private DecisionType.Evaluated evaluate(DecisionType type, JsonNode body, RuleSet ruleSet, String id) {
        DecisionType.Evaluated evaluated;
        try {
            evaluated = type.evaluate(body, ruleSet, id, clock.today());
        } catch (ApiProblem p) {
            throw schemas.withSchemaFindings(p, type.name(), body, ruleSet);
        }
        List<uk.childsafeguarding.decisions.system.FieldError> refused = schemas.problems(type.name(), body, ruleSet);
        if (!refused.isEmpty()) {
            throw ApiProblem.invalid(refused);
        }
        return evaluated;
    }

    /** Appends a record and waits until it is durable; if it cannot be stored, the client gets a 503 and no answer. */
    DecisionRecord store(DecisionRecord record) {
        try {
            return ledger.append(record).get(STORE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        } catch (ExecutionException | TimeoutException e) {
            throw unavailable();
        }
    }

    private static ApiProblem unavailable() {
        return new ApiProblem(503, "/problems/store-unavailable", "The decision could not be stored",
                "the decision record could not be stored, so no recommendation is returned; try again", List.of());
    }
}
