package uk.childsafeguarding.decisions.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.childsafeguarding.decisions.engine.ReferenceDataParser;
import uk.childsafeguarding.decisions.engine.RuleSetException;
import uk.childsafeguarding.decisions.engine.RuleSetFiles;
import uk.childsafeguarding.decisions.engine.Yamls;

/** The criteria of one rule set, in the order they are shown. */
public record CriteriaCatalogue(List<Criterion> criteria) {

    static final String FILE = "review/criteria.yaml";
    static final String PANEL_FIELD = "panelConcludedLocalReviewMoreAppropriate";
    private static final Set<String> WEIGHTS = Set.of("MUST_CONSIDER", "HAVE_REGARD", "NATIONAL");

    /** The fields rated under "criteria" in a request (all but the Panel's conclusion, which is top-level). */
    public List<String> ratedFields() {
        return criteria.stream().map(Criterion::field).filter(f -> !f.equals(PANEL_FIELD)).toList();
    }

    @Component
    public static class Parser implements ReferenceDataParser<CriteriaCatalogue> {
        @Override
        public Class<CriteriaCatalogue> type() {
            return CriteriaCatalogue.class;
        }

        @Override
        public CriteriaCatalogue parse(RuleSetFiles files) {
            List<Criterion> out = new ArrayList<>();
            for (Object o : Yamls.list(Yamls.map(Yamls.load(files.text(FILE), FILE), FILE).get("criteria"), FILE)) {
                Map<String, Object> m = Yamls.map(o, FILE);
                String id = Yamls.requiredText(m, "id", FILE);
                String weight = Yamls.requiredText(m, "weight", FILE + " " + id);
                if (!WEIGHTS.contains(weight)) {
                    throw new RuleSetException(FILE + " " + id + ": unknown weight " + weight);
                }
                out.add(new Criterion(id, Yamls.requiredText(m, "field", FILE + " " + id), weight, Yamls.requiredText(m, "source", FILE + " " + id),
                        Yamls.requiredText(m, "section", FILE + " " + id), Yamls.requiredText(m, "question", FILE + " " + id),
                        Yamls.date(m, "laterFrom", FILE + " " + id), Yamls.text(m, "laterSource"), Yamls.text(m, "laterSection")));
            }
            return new CriteriaCatalogue(List.copyOf(out));
        }
    }
}
