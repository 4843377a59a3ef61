package uk.childsafeguarding.decisions.audit;

/** The audit store could not be read or written; nothing was returned to the client as stored. */
public class AuditStoreException extends RuntimeException {
    public AuditStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
