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
CREATE FUNCTION audit_checkpoints_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit checkpoints are append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_checkpoints_no_change BEFORE UPDATE OR DELETE ON audit_checkpoints
    FOR EACH ROW EXECUTE FUNCTION audit_checkpoints_append_only();
