package uk.childsafeguarding.decisions.audit;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Proof that one decision is in the signed log, without the export: the decision with its content,
 * the records after it up to the first checkpoint that covers it given as content hashes only, and
 * that checkpoint. Recomputing the decision's hash from its content and then each following link
 * must arrive at the head the checkpoint signed.
 *
 * <p>Chosen instead of an RFC 9162 Merkle audit path: checkpoints are signed after every batch, so
 * the path to the next one is at most one batch ({@link DecisionLedger#MAX_BATCH} records) long,
 * which is short enough, and the hash chain stays the one structure to verify. What it does not give
 * is a logarithmic consistency proof between two checkpoints: for that an auditor checks the chain
 * export (content-free for other partnerships) against every checkpoint.
 */
public record InclusionProof(String record, List<String> following, Checkpoint checkpoint) {

    /** The proof for a stored record, or null when no checkpoint covers it yet or it predates content hashes. */
    static InclusionProof of(AuditStore store, DecisionRecord r) {
        if (r.contentHash() == null) {
            return null;
        }
        Checkpoint c = store.checkpointCovering(r.seq()).orElse(null);
        if (c == null) {
            return null;
        }
        List<String> following = new ArrayList<>();
        for (DecisionRecord f : store.range(r.seq() + 1, c.size())) {
            following.add(ChainExport.line(f, java.util.Set.of()));
        }
        return new InclusionProof(ChainExport.line(r), following, c);
    }

    /** Null when the proof holds; otherwise what is wrong with it. */
    public String problem(PublicKey key) {
        if (!checkpoint.signedBy(key)) {
            return "the checkpoint is not signed by this service's key " + AuditSigningKey.keyIdOf(key);
        }
        DecisionRecord r = ChainExport.parse(record).record();
        if (r.contentHash() == null || !RecordHasher.contentHash(r).equals(r.contentHash())) {
            return "the decision's content does not match its content hash";
        }
        String hash = RecordHasher.hash(r);
        long seq = r.seq();
        for (String line : following) {
            DecisionRecord f = ChainExport.parse(line).record();
            if (f.seq() != seq + 1 || f.contentHash() == null) {
                return "the records after the decision are not consecutive records with content hashes";
            }
            hash = RecordHasher.link(hash, f.seq(), f.partnershipId(), f.contentHash());
            seq = f.seq();
        }
        if (seq != checkpoint.size()) {
            return "the records after the decision end at " + seq + ", not at the checkpoint's " + checkpoint.size();
        }
        if (!hash.equals(checkpoint.head())) {
            return "the hashes from the decision lead to " + hash + ", not to the head the checkpoint signed (" + checkpoint.head() + ")";
        }
        return null;
    }
}
