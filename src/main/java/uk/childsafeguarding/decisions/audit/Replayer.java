package uk.childsafeguarding.decisions.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.engine.RuleSetHolder;
import uk.childsafeguarding.decisions.system.ApiProblem;

/**
 * Re-runs a stored decision: against ORIGINAL, the exact rule set that produced it (rebuilt from its
 * snapshot), which must reproduce it; against CURRENT, the rule set in force now, to see what would
 * change. The recorded request already carries its asAt, so the date applied is the original one.
 */
@Component
public class Replayer {

    public enum Against { ORIGINAL, CURRENT }

    /** Differences in these paths are not differences in the decision. */
    // the sign-off state is a fact about the policy at the time of the answer, not something the rules decide;
    // the words for codes are the vocabulary's, which may be reworded without changing what was decided
    private static final Set<String> IGNORED = Set.of("/decisionId", "/ruleSet/version", "/policySignOff", "/words");

    public record Result(String decisionId, Against against, String status, String recordedRuleSetVersion, String replayedRuleSetVersion,
            String recordedOutcome, String replayedOutcome, List<JsonDiff.Difference> differences, String problem) {
        public boolean changed() {
            return !"REPRODUCED".equals(status);
        }
    }

    private final DecisionService decisions;
    private final RuleSetSnapshots snapshots;
    private final RuleSetHolder rules;
    private final JsonMapper mapper;

    Replayer(DecisionService decisions, RuleSetSnapshots snapshots, RuleSetHolder rules, JsonMapper mapper) {
        this.decisions = decisions;
        this.snapshots = snapshots;
        this.rules = rules;
        this.mapper = mapper;
    }

    public Result replay(DecisionRecord record, Against against) {
        RuleSet ruleSet = against == Against.ORIGINAL ? snapshots.byVersion(record.ruleSetVersion()) : rules.current();
        DecisionType type = decisions.type(record.decisionType());
        JsonNode recorded = mapper.readTree(record.responseJson());
        try {
            DecisionType.Evaluated evaluated = type.evaluate(mapper.readTree(record.requestJson()), ruleSet, record.id(), LocalDate.parse(record.asAt()));
            JsonNode replayed = mapper.valueToTree(evaluated.response());
            List<JsonDiff.Difference> diffs = JsonDiff.between(recorded, replayed, IGNORED);
            return new Result(record.id(), against, diffs.isEmpty() ? "REPRODUCED" : "DIFFERS", record.ruleSetVersion(), ruleSet.version(),
                    record.outcome(), type.outcomeOf(replayed), diffs, null);
        } catch (ApiProblem p) {
            return new Result(record.id(), against, "NOT_EVALUABLE", record.ruleSetVersion(), ruleSet.version(), record.outcome(), null, List.of(),
                    p.getMessage() + (p.errors().isEmpty() ? "" : ": " + p.errors()));
        }
    }
}
