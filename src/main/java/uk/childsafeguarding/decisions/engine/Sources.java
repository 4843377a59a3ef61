package uk.childsafeguarding.decisions.engine;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The registry of cited documents (rules/sources.yaml). */
public final class Sources {

    private final Map<String, Source> byId;

    private Sources(Map<String, Source> byId) {
        this.byId = byId;
    }

    static Sources parse(String yaml, RuleSetFiles files) {
        Map<String, Source> byId = new LinkedHashMap<>();
        for (Object o : Yamls.list(Yamls.map(Yamls.load(yaml, "sources.yaml"), "sources.yaml").get("sources"), "sources.yaml sources")) {
            Map<String, Object> m = Yamls.map(o, "sources.yaml entry");
            String id = Yamls.requiredText(m, "id", "sources.yaml");
            Source s = new Source(id, Yamls.requiredText(m, "title", "sources.yaml " + id), Yamls.text(m, "edition"),
                    Yamls.text(m, "url"), Yamls.requiredText(m, "confidence", "sources.yaml " + id), Yamls.flag(m, "policy"),
                    Yamls.text(m, "note"), Yamls.date(m, "inForceFrom", "sources.yaml " + id), Yamls.date(m, "inForceTo", "sources.yaml " + id),
                    m.get("areas") == null ? java.util.List.of() : Yamls.list(m.get("areas"), "sources.yaml " + id + " areas").stream().map(String::valueOf).toList(),
                    Yamls.text(m, "path"));
            if (s.path() != null && !files.files().containsKey(s.path())) {
                // a policy document we cite must travel with the rule set, so the citation replays with it
                throw new RuleSetException("sources.yaml: source '" + id + "' names path " + s.path() + ", which is not in the rule set");
            }
            if (byId.put(id, s) != null) {
                throw new RuleSetException("sources.yaml: source id '" + id + "' is registered twice");
            }
        }
        return new Sources(byId);
    }

    public Source get(String id) {
        return byId.get(id);
    }

    public boolean has(String id) {
        return byId.containsKey(id);
    }

    public Collection<Source> all() {
        return byId.values();
    }
}
