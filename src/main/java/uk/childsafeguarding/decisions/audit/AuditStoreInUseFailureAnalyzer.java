package uk.childsafeguarding.decisions.audit;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up stops with the reason and what to do, not a stack trace, when the SQLite store is in use. */
class AuditStoreInUseFailureAnalyzer extends AbstractFailureAnalyzer<AuditStoreInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AuditStoreInUseException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Stop the other process, or set safeguarding.audit.url to a store of this process's own, or use PostgreSQL for several instances.",
                cause);
    }
}
