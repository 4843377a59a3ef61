package uk.childsafeguarding.decisions.engine;

/**
 * Parses one kind of reference data (indicator catalogue, partnerships, calendar) from a rule set's
 * files when the rule set is loaded, so bad data stops loading just as a bad rule does. Features
 * register one as a Spring bean.
 */
public interface ReferenceDataParser<T> {
    Class<T> type();

    T parse(RuleSetFiles files);
}
