package uk.childsafeguarding.decisions.whatwouldchange;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.childsafeguarding.decisions.audit.DecisionLookup;
import uk.childsafeguarding.decisions.audit.DecisionRecord;
import uk.childsafeguarding.decisions.audit.DecisionService;
import uk.childsafeguarding.decisions.audit.RuleSetSnapshots;

/**
 * What a stored decision rests on, for whoever may read the decision (the same lookup as the record
 * itself, so a decision the user may not read is not found). Computed on demand with the rule set
 * version that made the decision, rebuilt from its snapshot when rules/ has changed since. The answer
 * depends only on the stored request and that rule set, so it is kept for the most recently asked
 * decisions.
 */
@Component("whatWouldChange")
public class WhatWouldChange {

    private static final Logger LOG = LoggerFactory.getLogger(WhatWouldChange.class);
    private static final int CACHED = 256;

    /** For pages: the headline and each change in words. available is false when it could not be worked out. */
    public record PageView(boolean available, String headline, List<PageItem> items) {
    }

    public record PageItem(String change, String wouldGive) {
    }

    private final Map<String, ChangeCandidates> byType = new LinkedHashMap<>();
    private final DecisionLookup lookup;
    private final DecisionService decisions;
    private final RuleSetSnapshots snapshots;
    private final JsonMapper mapper;
    private final Map<String, ChangeSearch.Answer> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ChangeSearch.Answer> eldest) {
            return size() > CACHED;
        }
    };

    WhatWouldChange(List<ChangeCandidates> candidates, DecisionLookup lookup, DecisionService decisions, RuleSetSnapshots snapshots, JsonMapper mapper) {
        candidates.forEach(c -> {
            if (byType.put(c.decisionType(), c) != null) {
                throw new IllegalStateException("two sets of candidate changes for decision type " + c.decisionType());
            }
        });
        for (String type : decisions.typeNames()) {
            if (!byType.containsKey(type)) {
                throw new IllegalStateException("decision type " + type + " has no candidate changes registered (a ChangeCandidates bean)");
            }
        }
        this.lookup = lookup;
        this.decisions = decisions;
        this.snapshots = snapshots;
        this.mapper = mapper;
    }

    /** An answer and the rule set version it was worked out with: the one that made the decision. */
    public record Worked(ChangeSearch.Answer answer, String ruleSetVersion) {
    }

    /** The answer for a decision the signed-in user may read; empty when there is none they may read. */
    public Optional<Worked> forReadable(String id) {
        return lookup.readable(id).map(r -> new Worked(of(r), r.ruleSetVersion()));
    }

    ChangeSearch.Answer of(DecisionRecord r) {
        synchronized (cache) {
            ChangeSearch.Answer a = cache.get(r.id());
            if (a != null) {
                return a;
            }
        }
        ChangeSearch.Answer a = ChangeSearch.search(decisions.type(r.decisionType()), byType.get(r.decisionType()), snapshots.byVersion(r.ruleSetVersion()),
                r.id(), (ObjectNode) mapper.readTree(r.requestJson()), LocalDate.parse(r.asAt()));
        synchronized (cache) {
            cache.put(r.id(), a);
        }
        return a;
    }

    /** For the record, result and replay pages (called from the what-would-change template fragment). */
    public PageView forPage(String id) {
        try {
            Optional<DecisionRecord> r = lookup.readable(id);
            if (r.isEmpty()) {
                return new PageView(false, null, List.of());
            }
            ChangeCandidates c = byType.get(r.get().decisionType());
            ChangeSearch.Answer a = of(r.get());
            return new PageView(true, c.describe(a.headline()),
                    a.whatWouldChange().stream().map(i -> new PageItem(i.change(), c.describe(i.result()))).toList());
        } catch (RuntimeException e) {
            // the page still shows the decision; the reason is logged without the request
            LOG.warn("what would change could not be worked out for decision {}: {}", id, e.toString());
            return new PageView(false, null, List.of());
        }
    }
}
