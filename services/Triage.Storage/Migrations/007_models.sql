-- The model registry: every model a scoring instance may load, with its bytes, so that stateless instances follow
-- the registry instead of a file. status is candidate, active, retired or refused; comparison holds the promotion
-- rule's verdict against the model that was active when the candidate was trained, report the full held-out report.
CREATE TABLE models (
    version TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    trained_at {{timestamp}} NOT NULL,
    registered_at {{timestamp}} NOT NULL,
    registered_by TEXT NOT NULL,
    source TEXT NOT NULL,
    model_zip {{bytes}} NOT NULL,
    metadata TEXT NOT NULL,
    comparison TEXT NULL,
    report TEXT NULL
);

-- Append-only: the active model is the version of the latest row. action is initial, file, promote or rollback.
CREATE TABLE model_activations (
    id {{serial}},
    version TEXT NOT NULL,
    previous_version TEXT NULL,
    action TEXT NOT NULL,
    activated_by TEXT NOT NULL,
    activated_at {{timestamp}} NOT NULL,
    reason TEXT NULL
);
