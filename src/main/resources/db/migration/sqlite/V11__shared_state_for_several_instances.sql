-- State several instances share (issue 14).
-- The rule set in force for every instance: a reload (or a start-up) on one instance records its
-- version here; the others load that version from rule_set_snapshots within seconds.
CREATE TABLE active_rule_set (
    id           SMALLINT     NOT NULL PRIMARY KEY CHECK (id = 1),
    version      VARCHAR(80)  NOT NULL,
    activated_at VARCHAR(40)  NOT NULL,
    activated_by VARCHAR(120) NOT NULL
);

-- Impact replay jobs: run by the instance that started them, their progress and result kept here so
-- any instance can answer a poll. view_json is the job as the API shows it.
CREATE TABLE replay_jobs (
    id         VARCHAR(26)  NOT NULL PRIMARY KEY,
    owner      VARCHAR(120) NOT NULL,
    status     VARCHAR(16)  NOT NULL,
    view_json  TEXT         NOT NULL,
    updated_at VARCHAR(40)  NOT NULL
);
