-- The reconciler's bookkeeping. A complaint that has no route is due for another attempt at next_attempt_at (when
-- null: its submission plus the configured bound); attempts counts the reconciler's re-drives and last_error keeps
-- the most recent failure. A complaint that still cannot be processed after the last attempt becomes a fault: it
-- is routed to handling so that a person answers it, and the fault stays open for admins until it is retried
-- successfully.
ALTER TABLE complaints ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE complaints ADD COLUMN next_attempt_at {{timestamp}} NULL;
ALTER TABLE complaints ADD COLUMN last_error TEXT NULL;

-- The reconciler's sweep reads only complaints still on their way to a route.
CREATE INDEX ix_complaints_pending ON complaints (submitted_at) WHERE status IN ('received', 'scored');

CREATE TABLE faults (
    id {{uuid}} PRIMARY KEY,
    complaint_id {{uuid}} NOT NULL,
    stage TEXT NOT NULL,
    error TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    parked_at {{timestamp}} NOT NULL,
    retried_at {{timestamp}} NULL,
    retried_by TEXT NULL,
    resolved_at {{timestamp}} NULL
);

CREATE INDEX ix_faults_open ON faults (parked_at DESC) WHERE resolved_at IS NULL;
CREATE INDEX ix_faults_complaint ON faults (complaint_id);
