package uk.childsafeguarding.decisions.audit;

import java.nio.file.Path;

/** A second process started on an embedded SQLite store that another process is serving. */
public class AuditStoreInUseException extends RuntimeException {

    AuditStoreInUseException(Path store, Path lockFile, String holder) {
        super("The audit store " + store + " is already in use by " + holder + " (it holds " + lockFile + "). "
                + "Only one process may serve an embedded SQLite store: stop the other process, or give this one its own "
                + "safeguarding.audit.url. To run several instances, point them all at one PostgreSQL database "
                + "(safeguarding.audit.url=jdbc:postgresql://...).");
    }
}
