package uk.childsafeguarding.decisions.engine;

import java.util.List;

/** One entry of a response's reasons: a rule that fired, what triggered it, and its citation. */
public record Reason(String ruleId, String summary, List<String> because, Citation source) {

    public record Citation(String id, String title, String section, String url, String confidence) {
    }

    /** The rules' reasons followed by the local pieces they brought in. */
    public static List<Reason> withLocal(List<Reason> rules, List<Reason> local) {
        List<Reason> out = new java.util.ArrayList<>(rules);
        out.addAll(local);
        return List.copyOf(out);
    }

    /** A reason for a piece of a partnership's own policy (a local step, deadline, protocol or document), cited from its file. */
    public static Reason local(String id, String summary, String sourceId, String section, String confidence, Sources sources) {
        Source s = sources.get(sourceId);
        String mark = confidence != null ? confidence : s == null ? null : s.confidence();
        Citation c = s == null ? new Citation(sourceId, null, section, null, mark) : new Citation(s.id(), s.title(), section, s.url(), mark);
        return new Reason(id, summary, List.of(), c);
    }

    /** The reasons for the rules that fired, each citing the edition of its source in force on asAt. */
    public static List<Reason> of(List<FiredRule> fired, Sources sources, java.time.LocalDate asAt) {
        return fired.stream().map(f -> {
            RuleInfo r = f.rule();
            String sourceId = r.sourceOn(asAt);
            String section = r.sectionOn(asAt);
            Source s = sources.get(sourceId);
            String confidence = r.confidence() != null ? r.confidence() : s == null ? null : s.confidence();
            Citation c = s == null ? new Citation(sourceId, null, section, null, confidence)
                    : new Citation(s.id(), s.title(), section, s.url(), confidence);
            return new Reason(r.id(), r.summary(), f.because(), c);
        }).toList();
    }
}
