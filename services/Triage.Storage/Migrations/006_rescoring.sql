-- A rescoring run over a window of complaints, split into chunks that any worker may take. trigger_key is unique so
-- that a schedule firing in several instances starts one run.
CREATE TABLE rescoring_runs (
    id {{uuid}} PRIMARY KEY,
    status TEXT NOT NULL,
    since {{timestamp}} NOT NULL,
    until {{timestamp}} NOT NULL,
    total INTEGER NOT NULL,
    processed INTEGER NOT NULL DEFAULT 0,
    changed INTEGER NOT NULL DEFAULT 0,
    chunks INTEGER NOT NULL,
    chunks_done INTEGER NOT NULL DEFAULT 0,
    trigger_key TEXT NOT NULL UNIQUE,
    requested_by TEXT NOT NULL,
    created_at {{timestamp}} NOT NULL,
    started_at {{timestamp}} NULL,
    finished_at {{timestamp}} NULL
);

-- A chunk is the complaints of the run's window whose (received_at, id) lies after the previous chunk's last key and
-- up to its own; done_at is set in the same transaction as the chunk's changes, so a redelivered chunk does nothing.
CREATE TABLE rescoring_chunks (
    run_id {{uuid}} NOT NULL,
    chunk INTEGER NOT NULL,
    last_received_at {{timestamp}} NOT NULL,
    last_id {{uuid}} NOT NULL,
    complaints INTEGER NOT NULL,
    processed INTEGER NOT NULL DEFAULT 0,
    changed INTEGER NOT NULL DEFAULT 0,
    done_at {{timestamp}} NULL,
    PRIMARY KEY (run_id, chunk)
);
