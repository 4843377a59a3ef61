package uk.childsafeguarding.decisions.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One record as a line of the chain export: every field the hash covers, under the column's name,
 * the JSON bodies as the exact text stored (not re-serialised), so the hash can be recomputed from
 * the line alone. For an auditor of some partnerships, other partnerships' records are lines
 * without content: sequence number, partnership, content hash and the two chain hashes, enough to
 * check the chain through them and nothing about the case.
 */
public final class ChainExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChainExport() {
    }

    /** One parsed line: the record, and whether its content was left out. */
    public record Entry(DecisionRecord record, boolean withoutContent) {
    }

    /** @param visible the partnerships whose content may be shown; null shows every partnership's */
    public static String line(DecisionRecord r, Set<String> visible) {
        if (visible != null && !visible.contains(r.partnershipId())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seq", r.seq());
            m.put("partnershipId", r.partnershipId());
            m.put("withoutContent", true);
            m.put("contentHash", r.contentHash());
            m.put("prevHash", r.prevHash());
            m.put("hash", r.hash());
            return JSON.writeValueAsString(m);
        }
        return line(r);
    }

    public static String line(DecisionRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", r.seq());
        m.put("id", r.id());
        m.put("kind", r.kind());
        m.put("decisionType", r.decisionType());
        m.put("partnershipId", r.partnershipId());
        m.put("asAt", r.asAt());
        m.put("subjectId", r.subjectId());
        m.put("caseRefHash", r.caseRefHash());
        m.put("requestJson", r.requestJson());
        m.put("responseJson", r.responseJson());
        m.put("outcome", r.outcome());
        m.put("ruleSetVersion", r.ruleSetVersion());
        m.put("appVersion", r.appVersion());
        m.put("droolsVersion", r.droolsVersion());
        m.put("javaVersion", r.javaVersion());
        m.put("requestedBy", r.requestedBy());
        m.put("createdAt", r.createdAt());
        m.put("prevHash", r.prevHash());
        m.put("hash", r.hash());
        m.put("contentHash", r.contentHash());
        return JSON.writeValueAsString(m);
    }

    public static Entry parse(String line) {
        JsonNode n = JSON.readTree(line);
        boolean withoutContent = n.has("withoutContent") && n.get("withoutContent").asBoolean();
        DecisionRecord r = new DecisionRecord(n.get("seq").asLong(), text(n, "id"), text(n, "kind"), text(n, "decisionType"), text(n, "partnershipId"),
                text(n, "asAt"), text(n, "subjectId"), text(n, "caseRefHash"), text(n, "requestJson"), text(n, "responseJson"), text(n, "outcome"),
                text(n, "ruleSetVersion"), text(n, "appVersion"), text(n, "droolsVersion"), text(n, "javaVersion"), text(n, "requestedBy"),
                text(n, "createdAt"), text(n, "prevHash"), text(n, "hash"), text(n, "contentHash"));
        return new Entry(r, withoutContent);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
