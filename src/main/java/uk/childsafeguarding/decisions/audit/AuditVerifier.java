package uk.childsafeguarding.decisions.audit;

import org.springframework.stereotype.Component;

/** Verification as the service runs it: the store's records against the checkpoints in the store and in the file outside it. */
@Component
public class AuditVerifier {

    private final AuditStore store;
    private final AuditSigningKey key;
    private final CheckpointFile outside;

    AuditVerifier(AuditStore store, AuditSigningKey key, CheckpointFile outside) {
        this.store = store;
        this.key = key;
        this.outside = outside;
    }

    public ChainVerification verify() {
        return ChainVerification.of(store, key.publicKey(), outside);
    }
}
