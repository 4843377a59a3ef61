package uk.childsafeguarding.decisions.audit;

/** The result of checking the whole chain: valid, how many records, and the first bad one with why. */
public record ChainVerification(boolean valid, long records, FirstInvalid firstInvalidRecord) {

    public record FirstInvalid(long seq, String id, String problem) {
    }

    /**
     * Recomputes every hash in chain order. A changed record fails its own hash; a removed record
     * leaves a gap in the sequence or a broken link; a reordered record breaks the link to the
     * previous hash. The first problem found is named.
     */
    public static ChainVerification of(AuditStore store) {
        long[] expectedSeq = {1};
        String[] prev = {RecordHasher.GENESIS};
        long[] count = {0};
        FirstInvalid[] bad = {null};
        store.forEachInChain(r -> {
            count[0]++;
            if (bad[0] != null) {
                return;
            }
            if (r.seq() != expectedSeq[0]) {
                bad[0] = new FirstInvalid(r.seq(), r.id(), "sequence number " + r.seq() + " where " + expectedSeq[0] + " was expected: a record is missing");
            } else if (!r.prevHash().equals(prev[0])) {
                bad[0] = new FirstInvalid(r.seq(), r.id(), "does not link to the previous record's hash: records were removed or reordered");
            } else if (!RecordHasher.hash(r).equals(r.hash())) {
                bad[0] = new FirstInvalid(r.seq(), r.id(), "its content does not match its hash: the record was altered");
            }
            expectedSeq[0] = r.seq() + 1;
            prev[0] = r.hash();
        });
        return new ChainVerification(bad[0] == null, count[0], bad[0]);
    }
}
