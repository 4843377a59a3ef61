-- Content hashes (issue 14): the SHA-256 of a record's content alone. Records written from now on
-- carry one and their chain hash covers it instead of the content, so a partnership's auditor can
-- verify the whole chain from other partnerships' content hashes without their content. Earlier
-- records keep NULL and their original hash.
ALTER TABLE decision_records ADD COLUMN content_hash VARCHAR(64);
