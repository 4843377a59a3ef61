package uk.childsafeguarding.decisions.engine;

/** A rule set that cannot be loaded: the message names the file and, where known, the line. */
public class RuleSetException extends RuntimeException {
    public RuleSetException(String message) {
        super(message);
    }

    public RuleSetException(String message, Throwable cause) {
        super(message, cause);
    }
}
