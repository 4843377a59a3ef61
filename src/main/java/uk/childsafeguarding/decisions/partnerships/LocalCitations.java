package uk.childsafeguarding.decisions.partnerships;

import java.util.ArrayList;
import java.util.List;

import uk.childsafeguarding.decisions.engine.Reason;
import uk.childsafeguarding.decisions.engine.Sources;

/**
 * The pieces of a partnership's own policy that applied to one answer, each cited from its file; they are
 * listed among the answer's reasons after the rules that brought them in.
 */
public final class LocalCitations {
    private final List<LocalCitation> cited = new ArrayList<>();

    public void add(LocalCitation c) {
        if (!cited.contains(c)) {
            cited.add(c);
        }
    }

    public List<Reason> reasons(Sources sources) {
        return cited.stream().map(c -> Reason.local(c.id(), c.summary(), c.source(), c.section(), c.confidence(), sources)).toList();
    }
}
