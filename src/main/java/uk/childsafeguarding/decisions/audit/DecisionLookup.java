package uk.childsafeguarding.decisions.audit;

import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.childsafeguarding.decisions.access.Access;
import uk.childsafeguarding.decisions.access.Role;

/**
 * Finds a stored recommendation for the signed-in user, for the API and the pages alike. A
 * recommendation the user may not see is simply not found, so its existence is not revealed.
 */
@Component
public class DecisionLookup {

    private final AuditStore store;
    private final Access access;

    DecisionLookup(AuditStore store, Access access) {
        this.store = store;
        this.access = access;
    }

    /** A recommendation (not an outcome record) the user may read: see {@link Access#mayRead}. */
    public Optional<DecisionRecord> readable(String id) {
        return decision(id).filter(r -> access.mayRead(r.partnershipId(), r.decisionType(), r.requestedBy()));
    }

    /** A recommendation in a partnership where the user is an auditor. */
    public Optional<DecisionRecord> auditable(String id) {
        return decision(id).filter(r -> access.has(Role.AUDITOR, r.partnershipId()));
    }

    private Optional<DecisionRecord> decision(String id) {
        return store.find(id).filter(r -> DecisionRecord.DECISION.equals(r.kind()));
    }
}
