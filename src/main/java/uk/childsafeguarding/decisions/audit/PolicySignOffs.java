package uk.childsafeguarding.decisions.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.childsafeguarding.decisions.access.Access;
import uk.childsafeguarding.decisions.access.Role;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.engine.RuleSetHolder;
import uk.childsafeguarding.decisions.partnerships.Partnership;
import uk.childsafeguarding.decisions.partnerships.Partnerships;
import uk.childsafeguarding.decisions.partnerships.PolicyDigest;
import uk.childsafeguarding.decisions.system.ApiProblem;
import uk.childsafeguarding.decisions.system.DecisionIds;
import uk.childsafeguarding.decisions.system.DirectIdentifiers;
import uk.childsafeguarding.decisions.system.JsonFields;
import uk.childsafeguarding.decisions.system.LondonClock;
import uk.childsafeguarding.decisions.system.Problems;

/**
 * A policy owner's sign-off of a partnership's digest, kept as a record in the audit chain (who, when,
 * rule set version, policy hash, the digest signed and an optional comment). A sign-off holds while the
 * partnership's policy hash is unchanged: a change to its own file or to any generic rule un-signs it, a
 * change to another partnership's file does not. Every answer carries the state for its partnership.
 */
@Service
public class PolicySignOffs {

    /** How long an instance trusts its memory of the latest sign-off before reading it again (several instances). */
    private static final long REFRESH_MILLIS = 5_000;

    private record Cached(Optional<DecisionRecord> latest, long readAt) {
    }

    private final AuditStore store;
    private final DecisionLedger ledger;
    private final RuleSetHolder rules;
    private final EngineVersions versions;
    private final LondonClock clock;
    private final JsonMapper mapper;
    private final Access access;
    private final uk.childsafeguarding.decisions.system.ApiSchemas schemas;
    private final Map<String, Cached> latest = new ConcurrentHashMap<>();
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    PolicySignOffs(AuditStore store, DecisionLedger ledger, RuleSetHolder rules, EngineVersions versions, LondonClock clock, JsonMapper mapper,
            Access access, uk.childsafeguarding.decisions.system.ApiSchemas schemas) {
        this.schemas = schemas;
        this.store = store;
        this.ledger = ledger;
        this.rules = rules;
        this.versions = versions;
        this.clock = clock;
        this.mapper = mapper;
        this.access = access;
    }

    /** Records a sign-off of the partnership's digest as at today, with the rule set in force. */
    public Map<String, Object> signOff(String partnershipId, JsonNode body) {
        RuleSet ruleSet = rules.current();
        Partnership p = ruleSet.data(Partnerships.class).partnership(partnershipId);
        if (p == null) {
            throw ApiProblem.notFound("no partnership " + partnershipId);
        }
        access.require(Role.POLICY_OWNER, partnershipId);
        Problems problems = new Problems();
        JsonFields f = new JsonFields(body, "", problems);
        f.allowOnly("comment");
        String comment = f.text("comment", false, 1000);
        DirectIdentifiers.check("comment", comment, problems);
        schemas.check("PolicySignOffRequest", body, ruleSet, problems);
        problems.throwIfAny();
        var today = clock.today();
        Map<String, Object> digest = PolicyDigest.of(p, today, ruleSet);
        Map<String, Object> signed = new LinkedHashMap<>();
        signed.put("partnership", partnershipId);
        signed.put("ruleSetVersion", ruleSet.version());
        signed.put("policyHash", digest.get("policyHash"));
        signed.put("comment", comment);
        signed.put("digest", digest);
        DecisionRecord record = new DecisionRecord(0, DecisionIds.next(), DecisionRecord.POLICY_SIGN_OFF, "policy", partnershipId, today.toString(),
                null, null, CanonicalJson.write(body), mapper.writeValueAsString(signed), "signed off", ruleSet.version(), versions.app(),
                versions.drools(), versions.java(), access.user(), Instant.now().truncatedTo(ChronoUnit.MICROS).toString(), null, null);
        DecisionRecord stored;
        try {
            stored = ledger.append(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        } catch (Exception e) {
            throw unavailable();
        }
        latest.put(partnershipId, new Cached(Optional.of(stored), System.currentTimeMillis()));
        Map<String, Object> out = new LinkedHashMap<>(state(p, ruleSet));
        out.put("id", stored.id());
        out.put("hash", stored.hash());
        return out;
    }

    /**
     * The sign-off state of a partnership's policy under a rule set: signed (by whom, when, the version
     * signed, any comment) while the policy hash is the one signed; otherwise not signed off, naming the
     * last sign-off if there was one.
     */
    public Map<String, Object> state(Partnership p, RuleSet ruleSet) {
        Optional<DecisionRecord> last = latest(p.id());
        Map<String, Object> m = new LinkedHashMap<>();
        String hash = policyHash(p, ruleSet);
        if (last.isEmpty()) {
            m.put("signedOff", false);
            m.put("text", "Not signed off for this rule set version: no policy owner has signed off this partnership's policy yet.");
            return m;
        }
        JsonNode signed = mapper.readTree(last.get().responseJson());
        boolean holds = hash.equals(signed.get("policyHash").asString());
        m.put("signedOff", holds);
        m.put("by", last.get().requestedBy());
        m.put("at", last.get().createdAt());
        m.put("ruleSetVersion", signed.get("ruleSetVersion").asString());
        if (holds) {
            m.put("text", "Signed off by " + last.get().requestedBy() + " on " + day(last.get().createdAt()) + ".");
        } else {
            m.put("text", "Not signed off for this rule set version: the policy changed after " + last.get().requestedBy() + " signed it off on "
                    + day(last.get().createdAt()) + ".");
        }
        return m;
    }

    /** What changed in the partnership's digest since the last sign-off (compared as at the date signed), or an empty list. */
    public List<Map<String, Object>> changesSinceSignOff(Partnership p, RuleSet ruleSet) {
        Optional<DecisionRecord> last = latest(p.id());
        if (last.isEmpty()) {
            return List.of();
        }
        JsonNode signed = mapper.readTree(last.get().responseJson()).get("digest");
        JsonNode now = mapper.valueToTree(PolicyDigest.of(p, java.time.LocalDate.parse(signed.get("asAt").asString()), ruleSet));
        return JsonDiff.between(signed, now, java.util.Set.of("/ruleSetVersion", "/policyHash")).stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("where", d.path());
            m.put("signed", d.recorded());
            m.put("now", d.replayed());
            return m;
        }).toList();
    }

    /** The day of an instant in England, as a reader writes it: 23 November 2026. */
    private static String day(String instant) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
                .format(Instant.parse(instant).atZone(java.time.ZoneId.of("Europe/London")));
    }

    /**
     * The partnership's policy hash under a rule set, worked out once per rule set version: every answer
     * carries the sign-off state, and hashing the rule files for each answer would put that work on the
     * hot path. Only a handful of versions are ever in use, so the memory is cleared when it grows.
     */
    private String policyHash(Partnership p, RuleSet ruleSet) {
        if (hashes.size() > 256) {
            hashes.clear();
        }
        return hashes.computeIfAbsent(ruleSet.version() + " " + p.id(), k -> PolicyDigest.policyHash(p, ruleSet));
    }

    private Optional<DecisionRecord> latest(String partnershipId) {
        Cached c = latest.get(partnershipId);
        long now = System.currentTimeMillis();
        if (c == null || now - c.readAt() > REFRESH_MILLIS) {
            c = new Cached(store.latestOf(DecisionRecord.POLICY_SIGN_OFF, partnershipId), now);
            latest.put(partnershipId, c);
        }
        return c.latest();
    }

    private static ApiProblem unavailable() {
        return new ApiProblem(503, "/problems/store-unavailable", "The sign-off could not be stored",
                "the sign-off record could not be stored; try again", List.of());
    }
}
