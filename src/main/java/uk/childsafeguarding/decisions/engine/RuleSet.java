package uk.childsafeguarding.decisions.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;

import java.time.LocalDate;

/**
 * A loaded rule set: its files and version, one compiled KieBase per feature shared by all requests, every
 * rule's metadata, the source registry, and the reference data parsed from its files (catalogue,
 * partnerships, parameters). Immutable; a reload builds a new one.
 */
public final class RuleSet {

    private final RuleSetFiles files;
    private final Map<String, KieBase> kieBases;
    /** Every rule by "package/name"; allRules() keeps this map's order, which policy digests (and their sign-offs) were made in. */
    private final Map<String, RuleInfo> byName = new HashMap<>();
    /** The same rules, looked up per firing and per agenda check without building a key string. */
    private final Map<String, Map<String, RuleInfo>> byPackageAndName = new HashMap<>();
    private final Map<String, RuleInfo> byId = new TreeMap<>();
    private final Map<String, Set<String>> globals = new HashMap<>();
    private final Sources sources;
    private final Map<Class<?>, Object> data = new LinkedHashMap<>();
    /**
     * Sessions are reused: a disposed pooled session is reset (facts, agenda, globals and listeners
     * cleared) and handed out again, which saves building its network memory for every request.
     * (Deleting the request's facts instead of the reset was tried in issue 16: no faster, and an
     * accumulate's match left on the agenda did not fire again in the next request.)
     */
    private final Map<String, KieSessionsPool> sessions = new HashMap<>();

    RuleSet(RuleSetFiles files, Map<String, KieBase> kieBases, Collection<ReferenceDataParser<?>> parsers) {
        this.files = files;
        this.kieBases = kieBases;
        this.sources = Sources.parse(files.text("sources.yaml"), files);
        for (KiePackage p : kieBases.values().stream().flatMap(kb -> kb.getKiePackages().stream()).toList()) {
            for (Rule r : p.getRules()) {
                RuleInfo info = RuleInfo.of(r);
                byName.put(key(r), info);
                byPackageAndName.computeIfAbsent(r.getPackageName(), k -> new HashMap<>()).put(r.getName(), info);
                if (info.id() != null && byId.put(info.id(), info) != null) {
                    throw new RuleSetException("rule id " + info.id() + " is used by more than one rule (" + p.getName() + "/" + r.getName() + ")");
                }
            }
            for (Global gl : p.getGlobalVariables()) {
                globals.computeIfAbsent(p.getName(), k -> new java.util.HashSet<>()).add(gl.getName());
            }
        }
        kieBases.forEach((feature, kb) -> sessions.put(feature, kb.newKieSessionsPool(4 * Runtime.getRuntime().availableProcessors())));
        for (ReferenceDataParser<?> parser : parsers) {
            data.put(parser.type(), parser.parse(files));
        }
    }

    private static String key(Rule r) {
        return r.getPackageName() + "/" + r.getName();
    }

    RuleInfo info(Rule rule) {
        Map<String, RuleInfo> inPackage = byPackageAndName.get(rule.getPackageName());
        RuleInfo info = inPackage == null ? null : inPackage.get(rule.getName());
        if (info == null) {
            throw new IllegalStateException("no metadata for rule " + key(rule));
        }
        return info;
    }

    /** Opens a session for one feature (DRL package) as at a date. */
    public RuleSession session(String feature, LocalDate asAt) {
        return new RuleSession(this, feature, asAt);
    }

    public String version() {
        return files.version();
    }

    public RuleSetFiles files() {
        return files;
    }

    KieSessionsPool sessions(String feature) {
        KieSessionsPool pool = sessions.get(feature);
        if (pool == null) {
            throw new IllegalArgumentException("rule set " + version() + " has no rules for feature '" + feature + "'");
        }
        return pool;
    }

    /** Whether a feature's rules declare a global (each feature has its own KieBase, so its own globals). */
    boolean declaresGlobal(String feature, String name) {
        return globals.getOrDefault(feature, Set.of()).contains(name);
    }

    /** Every rule, keyed by id (rules without an id are left out; the repository tests reject them). */
    public Map<String, RuleInfo> rulesById() {
        return byId;
    }

    public Collection<RuleInfo> allRules() {
        return byName.values();
    }

    public Sources sources() {
        return sources;
    }

    public <T> T data(Class<T> type) {
        Object d = data.get(type);
        if (d == null) {
            throw new IllegalStateException("rule set has no reference data of type " + type.getSimpleName());
        }
        return type.cast(d);
    }
}
