-- Which key made each identifier hash. While two keys are configured every complaint gets hashes under both, so
-- complaints taken in before and during a rotation match; the old key's rows go when it is retired. Sealed values
-- carry their key id in their own header.
ALTER TABLE complaints ADD COLUMN hash_key_id TEXT NOT NULL DEFAULT 'k1';
ALTER TABLE complaint_identifiers ADD COLUMN key_id TEXT NOT NULL DEFAULT 'k1';

-- One row per key a rotation moves the store to: how far it got (complaints are walked in id order), so that a
-- rerun resumes; retired_key_id once the old key's hashes are gone.
CREATE TABLE key_rotations (
    to_key_id TEXT PRIMARY KEY,
    started_at {{timestamp}} NOT NULL,
    cursor_id {{uuid}} NULL,
    complaints_done BIGINT NOT NULL DEFAULT 0,
    version_cursor BIGINT NOT NULL DEFAULT 0,
    finished_at {{timestamp}} NULL,
    retired_key_id TEXT NULL,
    retired_at {{timestamp}} NULL
);
