-- Signed checkpoints (issue 14): the writer signs the chain head after every batch, in the same
-- transaction as the batch, so no record is committed without a checkpoint covering it.
-- Append-only like the records; the signature, not the triggers, is what makes them trustworthy.
CREATE TABLE audit_checkpoints (
    size              BIGINT       NOT NULL PRIMARY KEY,
    head              VARCHAR(64)  NOT NULL,
    signed_at         VARCHAR(40)  NOT NULL,
    rule_set_versions TEXT         NOT NULL,
    content_hashes_from BIGINT     NOT NULL,
    key_id            VARCHAR(40)  NOT NULL,
    signature         VARCHAR(120) NOT NULL
);
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;
