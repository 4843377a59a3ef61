package uk.childsafeguarding.decisions.whatwouldchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.childsafeguarding.decisions.audit.DecisionType;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.system.ApiProblem;

/**
 * The systematic search: every single change first; only where none moves the headline, pairs of
 * changes to different facts. Each candidate is applied as the merge patch it will be reported as
 * and sent through the decision type's own evaluation (validation included), so every item's result
 * is exactly what sending that patched request gives. A candidate the service would refuse (400/422)
 * is not a change anyone could ask about, and is skipped.
 *
 * Bounded by counts, not by the clock, so the answer is deterministic: at most
 * {@link #MAX_PAIR_EVALUATIONS} pairs are tried, changes to stated facts first, and the pair search stops once
 * {@link #ENOUGH_PAIRS} pairs that move the answer are found.
 */
public final class ChangeSearch {

    public static final int MAX_ITEMS = 5;
    static final int MAX_PAIR_EVALUATIONS = 500;
    static final int ENOUGH_PAIRS = 2 * MAX_ITEMS;

    /** One way the answer would change. */
    public record Item(String change, JsonNode apply, Object result) {
    }

    /** The answer of the endpoint. evaluations: how many requests were evaluated (for benchmarks and tests). */
    public record Answer(String decisionId, Object headline, List<Item> whatWouldChange, int evaluations) {
    }

    private record Found(Item item, int distance, int kinds, int order) {
    }

    private final DecisionType type;
    private final ChangeCandidates candidates;
    private final RuleSet ruleSet;
    private final LocalDate asAt;
    private final String decisionId;
    private final Set<JsonNode> tried = new HashSet<>();
    private int evaluations;

    private ChangeSearch(DecisionType type, ChangeCandidates candidates, RuleSet ruleSet, String decisionId, LocalDate asAt) {
        this.type = type;
        this.candidates = candidates;
        this.ruleSet = ruleSet;
        this.decisionId = decisionId;
        this.asAt = asAt;
    }

    /**
     * request: the stored request (no case reference, asAt filled in); asAt is also used as "today",
     * as replay does, so the request is read exactly as when it was made.
     */
    public static Answer search(DecisionType type, ChangeCandidates candidates, RuleSet ruleSet, String decisionId, ObjectNode request,
            LocalDate asAt) {
        return new ChangeSearch(type, candidates, ruleSet, decisionId, asAt).run(request);
    }

    private Answer run(ObjectNode request) {
        Object headline = candidates.headline(evaluate(request));
        List<Change> singles = candidates.candidates(request, ruleSet);
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < singles.size(); i++) {
            Change c = singles.get(i);
            attempt(i, List.of(c), request, headline, found);
        }
        if (found.isEmpty()) {
            List<int[]> pairs = new ArrayList<>();
            for (int i = 0; i < singles.size(); i++) {
                for (int j = i + 1; j < singles.size(); j++) {
                    if (!singles.get(i).fact().equals(singles.get(j).fact())) {
                        pairs.add(new int[] {i, j});
                    }
                }
            }
            // pairs of changes to stated facts first: what the answer rests on, before what might be added to it
            pairs.sort(Comparator.<int[]>comparingInt(p -> singles.get(p[0]).kind().ordinal() + singles.get(p[1]).kind().ordinal()));
            int tried = 0;
            for (int[] p : pairs) {
                if (tried++ >= MAX_PAIR_EVALUATIONS || found.size() >= ENOUGH_PAIRS) {
                    break;
                }
                attempt(singles.size() + tried, List.of(singles.get(p[0]), singles.get(p[1])), request, headline, found);
            }
        }
        return new Answer(decisionId, headline, choose(found), evaluations);
    }

    private void attempt(int order, List<Change> changes, ObjectNode request, Object headline, List<Found> found) {
        ObjectNode changed = request.deepCopy();
        changes.forEach(c -> c.edit().accept(changed));
        ObjectNode patch = MergePatch.diff(request, changed);
        if (patch.isEmpty() || !tried.add(patch)) {
            // no change at all, or the same request as a change already tried
            return;
        }
        Object result;
        try {
            result = candidates.headline(evaluate(MergePatch.apply(request, patch)));
        } catch (ApiProblem refused) {
            return;
        }
        if (Objects.equals(result, headline)) {
            return;
        }
        StringBuilder text = new StringBuilder("If ");
        for (int k = 0; k < changes.size(); k++) {
            text.append(k == 0 ? "" : ", and if ").append(changes.get(k).clause());
        }
        int kinds = changes.stream().mapToInt(c -> c.kind().ordinal()).sum();
        found.add(new Found(new Item(text.toString(), patch, result), candidates.distance(headline, result), kinds, order));
    }

    /**
     * Most decisive first. Reading chosen: taking away what the request stated shows most about what
     * the answer rests on, then altering it, then adding to it ({@link Change.Kind}); among those, the
     * change that moves the answer furthest. The first change of that order leads, then the first
     * towards each other answer the request could reach, so the list shows every direction the answer
     * could move; then the rest in that order.
     */
    private static List<Item> choose(List<Found> found) {
        List<Found> ranked = new ArrayList<>(found);
        ranked.sort(Comparator.comparingInt(Found::kinds).thenComparingInt(f -> -f.distance()).thenComparingInt(Found::order));
        Set<Found> picked = new LinkedHashSet<>();
        Set<Object> results = new LinkedHashSet<>();
        for (Found f : ranked) {
            if (picked.size() < MAX_ITEMS && results.add(f.item().result())) {
                picked.add(f);
            }
        }
        for (Found f : ranked) {
            if (picked.size() < MAX_ITEMS) {
                picked.add(f);
            }
        }
        return picked.stream().map(Found::item).toList();
    }

    private DecisionType.Evaluated evaluate(JsonNode body) {
        evaluations++;
        return type.evaluate(body, ruleSet, decisionId, asAt);
    }
}
