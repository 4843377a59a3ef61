package uk.childsafeguarding.decisions.engine;

import java.util.List;

/** A fact that can say which inputs it stands for, so a rule matching it can explain itself. */
public interface Explains {
    List<String> because();
}
