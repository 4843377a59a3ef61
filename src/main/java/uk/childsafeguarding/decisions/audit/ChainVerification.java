package uk.childsafeguarding.decisions.audit;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of checking the whole chain: valid, how many records, the first problem with why, and
 * the latest signed checkpoint the records were checked against.
 */
public record ChainVerification(boolean valid, long records, FirstInvalid firstInvalidRecord, LatestCheckpoint latestCheckpoint,
        long checkpointsChecked, long recordsCheckedWithoutContent, long recordsTakenOnTrust) {

    public record FirstInvalid(long seq, String id, String problem) {
    }

    public record LatestCheckpoint(long size, String head, String time, String keyId) {
    }

    /**
     * Checks the store's records against every checkpoint in the store and in the file outside it.
     * Checkpoints are read before the records (those are the ones whose records must all be there)
     * and again after (records read must all be covered by one); records committed while the check
     * runs are neither missed nor mistaken for unsigned ones.
     */
    public static ChainVerification of(AuditStore store, PublicKey key, CheckpointFile outside) {
        List<Checkpoint> before = new ArrayList<>(store.checkpoints());
        if (outside != null) {
            before.addAll(outside.read());
        }
        Verifier v = new Verifier(key, before);
        store.forEachInChain(v::accept);
        List<Checkpoint> after = new ArrayList<>(store.checkpoints());
        if (outside != null) {
            after.addAll(outside.read());
        }
        return v.finish(after);
    }

    /**
     * Recomputes every hash in chain order and holds the chain to the signed checkpoints. A changed
     * record fails its own hash; a removed record leaves a gap or a broken link; a reordered record
     * breaks the link. Beyond what the chain alone can show: a checkpoint whose signature this key did
     * not make is forged; a record whose hash differs from the head a checkpoint signed at its place
     * was rewritten (the whole chain recomputed); fewer records than a checkpoint signed is a
     * truncation; records after the last checkpoint were added outside the service. The first
     * problem in chain order is named. Used by the service and by the offline verifier alike.
     */
    public static final class Verifier {
        private final PublicKey key;
        private final Map<Long, List<Checkpoint>> bySize = new TreeMap<>();
        private final List<Checkpoint> signedBefore = new ArrayList<>();
        private final List<Checkpoint> allSigned = new ArrayList<>();
        private final java.util.Set<Checkpoint> signed = new java.util.HashSet<>();
        private FirstInvalid bad;
        private long expectedSeq = 1;
        private String prev = RecordHasher.GENESIS;
        private long count;
        private long lastSeq;
        private long checkedWithoutContent;
        /** Signed in every checkpoint: records from here on must have a content hash, records before must not. */
        private Long contentHashesFrom;
        private long takenOnTrust;
        private long lastAgreed;
        private String lastId;
        /** The hashes of the last records read, to hold them to checkpoints committed while reading. */
        private final java.util.LinkedHashMap<Long, String> recent = new java.util.LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
                return size() > 4 * DecisionLedger.MAX_BATCH * 16;
            }
        };

        public Verifier(PublicKey key, Collection<Checkpoint> checkpoints) {
            this.key = key;
            for (Checkpoint c : checkpoints) {
                if (trusted(c)) {
                    signedBefore.add(c);
                }
            }
        }

        private boolean trusted(Checkpoint c) {
            // the same checkpoint usually comes from the store and from the outside file: check it once
            if (signed.contains(c)) {
                return true;
            }
            if (!c.signedBy(key)) {
                if (bad == null) {
                    bad = new FirstInvalid(c.size(), null, "the checkpoint for " + c.size() + " records (dated " + c.time()
                            + ") is not signed by this service's key " + AuditSigningKey.keyIdOf(key) + ": it was forged or altered");
                }
                return false;
            }
            allSigned.add(c);
            signed.add(c);
            if (contentHashesFrom == null) {
                contentHashesFrom = c.contentHashesFrom();
            } else if (contentHashesFrom != c.contentHashesFrom() && bad == null) {
                bad = new FirstInvalid(c.size(), null, "signed checkpoints disagree on where content hashes began (" + contentHashesFrom + " and "
                        + c.contentHashesFrom() + "): the chain was rewritten");
            }
            bySize.computeIfAbsent(c.size(), s -> new ArrayList<>()).add(c);
            return true;
        }

        public void accept(DecisionRecord r) {
            accept(r, false);
        }

        /**
         * @param withoutContent the record is another partnership's, given as its content hash only:
         *                       its link is checked from the content hash; a record from before content
         *                       hashes cannot be checked without its content, and is counted as taken on trust
         */
        public void accept(DecisionRecord r, boolean withoutContent) {
            count++;
            if (withoutContent) {
                if (r.contentHash() == null) {
                    takenOnTrust++;
                } else {
                    checkedWithoutContent++;
                }
            }
            lastSeq = r.seq();
            recent.put(r.seq(), r.hash());
            lastId = r.id();
            if (bad != null) {
                return;
            }
            if (contentHashesFrom != null && (r.seq() >= contentHashesFrom) != (r.contentHash() != null)) {
                bad = new FirstInvalid(r.seq(), r.id(), r.contentHash() == null
                        ? "has no content hash, though the signed checkpoints say every record from " + contentHashesFrom + " has one: the record was altered"
                        : "has a content hash, though the signed checkpoints say records before " + contentHashesFrom + " have none: the record was altered");
            } else if (r.seq() != expectedSeq) {
                bad = new FirstInvalid(r.seq(), r.id(), "sequence number " + r.seq() + " where " + expectedSeq + " was expected: a record is missing");
            } else if (!r.prevHash().equals(prev)) {
                bad = new FirstInvalid(r.seq(), r.id(), "does not link to the previous record's hash: records were removed or reordered");
            } else if (!withoutContent && r.contentHash() != null && !RecordHasher.contentHash(r).equals(r.contentHash())) {
                bad = new FirstInvalid(r.seq(), r.id(), "its content does not match its content hash: the record was altered");
            } else if (!(withoutContent && r.contentHash() == null) && !RecordHasher.hash(r).equals(r.hash())) {
                bad = new FirstInvalid(r.seq(), r.id(), "its content does not match its hash: the record was altered");
            } else {
                for (Checkpoint c : bySize.getOrDefault(r.seq(), List.of())) {
                    if (!c.head().equals(r.hash())) {
                        bad = new FirstInvalid(r.seq(), r.id(), "rewritten: the checkpoint signed at " + c.time() + " says record " + r.seq()
                                + " had hash " + c.head() + ", the store has " + r.hash() + "; records after " + lastAgreed
                                + " (the last place a checkpoint agrees with) up to " + r.seq() + " were changed and every later hash recomputed");
                        break;
                    }
                }
                if (bad == null && bySize.containsKey(r.seq())) {
                    lastAgreed = r.seq();
                }
            }
            expectedSeq = r.seq() + 1;
            prev = r.hash();
        }

        /** @param checkpointsAfter the checkpoints as read after the records */
        public ChainVerification finish(Collection<Checkpoint> checkpointsAfter) {
            for (Checkpoint c : checkpointsAfter) {
                if (!signed.contains(c) && trusted(c) && bad == null && recent.containsKey(c.size())) {
                    // a checkpoint committed while the records were read: hold the records read to it too
                    String had = recent.get(c.size());
                    if (!c.head().equals(had)) {
                        bad = new FirstInvalid(c.size(), null, "rewritten: the checkpoint signed at " + c.time() + " says record " + c.size()
                                + " had hash " + c.head() + ", the store has " + had);
                    }
                }
            }
            Checkpoint latestBefore = signedBefore.stream().max(java.util.Comparator.comparingLong(Checkpoint::size)).orElse(null);
            Checkpoint latest = allSigned.stream().max(java.util.Comparator.comparingLong(Checkpoint::size)).orElse(null);
            if (bad == null && latestBefore != null && latestBefore.size() > lastSeq) {
                bad = new FirstInvalid(lastSeq + 1, null, "truncated: the checkpoint signed at " + latestBefore.time() + " covers "
                        + latestBefore.size() + " records and the store holds " + lastSeq + ", so "
                        + (latestBefore.size() == lastSeq + 1 ? "record " + latestBefore.size() + " was" : "records " + (lastSeq + 1) + " to " + latestBefore.size() + " were")
                        + " removed");
            }
            if (bad == null && lastSeq > 0 && (latest == null || latest.size() < lastSeq)) {
                long from = latest == null ? 1 : latest.size() + 1;
                bad = new FirstInvalid(lastSeq, lastId, "no signed checkpoint covers records " + from + " to " + lastSeq
                        + ": the head " + prev + " was signed by no checkpoint, so they were added or rewritten outside the service");
            }
            LatestCheckpoint view = latest == null ? null : new LatestCheckpoint(latest.size(), latest.head(), latest.time(), latest.keyId());
            return new ChainVerification(bad == null, count, bad, view, allSigned.size(), checkedWithoutContent, takenOnTrust);
        }
    }
}
