package uk.childsafeguarding.decisions.audit;

import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.childsafeguarding.decisions.engine.RuleSet;
import uk.childsafeguarding.decisions.engine.RuleSetException;
import uk.childsafeguarding.decisions.engine.RuleSetFiles;
import uk.childsafeguarding.decisions.engine.RuleSetHolder;
import uk.childsafeguarding.decisions.engine.RuleSetLoader;

/**
 * Stores the files of every rule set version that produced a decision (once, by version) and
 * rebuilds any stored version for replay, so replay works after rules/ has changed or the service
 * has moved machines. A rebuilt rule set must hash to the version it was stored under.
 */
@Component
public class RuleSetSnapshots {

    private static final int MAX_LOADED = 8;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final AuditStore store;
    private final RuleSetLoader loader;
    private final RuleSetHolder holder;
    private final Set<String> stored = ConcurrentHashMap.newKeySet();
    private final Map<String, RuleSet> loaded = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RuleSet> eldest) {
            return size() > MAX_LOADED;
        }
    };

    RuleSetSnapshots(AuditStore store, RuleSetLoader loader, RuleSetHolder holder) {
        this.store = store;
        this.loader = loader;
        this.holder = holder;
    }

    /** Stores the rule set's files if this version has not been stored yet. */
    public void ensureStored(RuleSet ruleSet) {
        if (stored.contains(ruleSet.version())) {
            return;
        }
        Map<String, String> files = new TreeMap<>();
        ruleSet.files().files().forEach((path, bytes) -> files.put(path, Base64.getEncoder().encodeToString(bytes)));
        store.saveSnapshot(ruleSet.version(), MAPPER.writeValueAsString(files), Instant.now().toString());
        stored.add(ruleSet.version());
    }

    /** The rule set that produced decisions under this version: the current one, or rebuilt from its snapshot. */
    public RuleSet byVersion(String version) {
        RuleSet current = holder.current();
        if (current.version().equals(version)) {
            return current;
        }
        synchronized (loaded) {
            RuleSet rs = loaded.get(version);
            if (rs == null) {
                rs = rebuild(version);
                loaded.put(version, rs);
            }
            return rs;
        }
    }

    private RuleSet rebuild(String version) {
        String json = store.snapshot(version).orElseThrow(() -> new RuleSetException("no snapshot is stored for rule set " + version));
        Map<String, byte[]> files = new TreeMap<>();
        JsonNode node = MAPPER.readTree(json);
        for (String path : node.propertyNames()) {
            files.put(path, Base64.getDecoder().decode(node.get(path).asString()));
        }
        RuleSetFiles restored = new RuleSetFiles(files, "snapshot " + version);
        if (!restored.version().equals(version)) {
            throw new RuleSetException("the snapshot stored for " + version + " hashes to " + restored.version() + ": it was altered");
        }
        return loader.load(restored);
    }
}
