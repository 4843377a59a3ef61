-- Decision records: append-only and hash-chained (each hash covers the record and the previous hash).
-- Dates and instants are stored as ISO-8601 text so the hashed form is identical in every store.
CREATE TABLE decision_records (
    seq              BIGINT      NOT NULL PRIMARY KEY,
    id               VARCHAR(26) NOT NULL UNIQUE,
    kind             VARCHAR(16) NOT NULL,
    decision_type    VARCHAR(32) NOT NULL,
    partnership_id   VARCHAR(64) NOT NULL,
    as_at            VARCHAR(10) NOT NULL,
    subject_id       VARCHAR(26),
    case_ref_hash    VARCHAR(80),
    request_json     TEXT        NOT NULL,
    response_json    TEXT        NOT NULL,
    outcome          VARCHAR(80),
    rule_set_version VARCHAR(80) NOT NULL,
    app_version      VARCHAR(40) NOT NULL,
    drools_version   VARCHAR(40) NOT NULL,
    java_version     VARCHAR(40) NOT NULL,
    requested_by     VARCHAR(120) NOT NULL,
    created_at       VARCHAR(40) NOT NULL,
    prev_hash        VARCHAR(64) NOT NULL,
    hash             VARCHAR(64) NOT NULL
);
CREATE INDEX decision_records_filter ON decision_records (kind, partnership_id, decision_type, as_at);
CREATE INDEX decision_records_subject ON decision_records (subject_id);

CREATE TRIGGER decision_records_no_update BEFORE UPDATE ON decision_records
BEGIN SELECT RAISE(ABORT, 'decision records are append-only'); END;
CREATE TRIGGER decision_records_no_delete BEFORE DELETE ON decision_records
BEGIN SELECT RAISE(ABORT, 'decision records are append-only'); END;

-- The files of every rule set version that produced a decision, stored once by version.
CREATE TABLE rule_set_snapshots (
    version    VARCHAR(80) NOT NULL PRIMARY KEY,
    files_json TEXT        NOT NULL,
    created_at VARCHAR(40) NOT NULL
);
