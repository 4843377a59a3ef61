package uk.childsafeguarding.decisions.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Session global through which a rule's consequence names what triggered it when that is not a
 * matched fact (for example the indicators gathered by an accumulate). Drained after each firing.
 */
public final class Because {
    private final List<String> pending = new ArrayList<>();

    public void add(String what) {
        pending.add(what);
    }

    public void addAll(Collection<String> what) {
        pending.addAll(what);
    }

    List<String> drain() {
        List<String> out = List.copyOf(pending);
        pending.clear();
        return out;
    }
}
