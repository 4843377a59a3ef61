package uk.childsafeguarding.decisions.engine;

import java.util.List;

/** One entry of a response's reasons: a rule that fired, what triggered it, and its citation. */
public record Reason(String ruleId, String summary, List<String> because, Citation source) {

    public record Citation(String id, String title, String section, String url, String confidence) {
    }

    public static List<Reason> of(List<FiredRule> fired, Sources sources) {
        return fired.stream().map(f -> {
            RuleInfo r = f.rule();
            Source s = sources.get(r.source());
            String confidence = r.confidence() != null ? r.confidence() : s == null ? null : s.confidence();
            Citation c = s == null ? new Citation(r.source(), null, r.section(), null, confidence)
                    : new Citation(s.id(), s.title(), r.section(), s.url(), confidence);
            return new Reason(r.id(), r.summary(), f.because(), c);
        }).toList();
    }
}
