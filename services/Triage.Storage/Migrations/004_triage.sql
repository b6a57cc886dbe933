ALTER TABLE complaints ADD COLUMN triage_score DOUBLE PRECISION NULL;
ALTER TABLE complaints ADD COLUMN triage_suspect INTEGER NULL;
ALTER TABLE complaints ADD COLUMN triage_reasons TEXT NULL;
ALTER TABLE complaints ADD COLUMN triage_cluster_id TEXT NULL;
ALTER TABLE complaints ADD COLUMN triage_model_version TEXT NULL;
ALTER TABLE complaints ADD COLUMN triage_scored_at {{timestamp}} NULL;

CREATE TABLE complaint_scores (
    id {{serial}},
    complaint_id {{uuid}} NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    suspect INTEGER NOT NULL,
    reasons TEXT NOT NULL,
    model_version TEXT NOT NULL,
    mode TEXT NOT NULL,
    scored_at {{timestamp}} NOT NULL
);

CREATE INDEX ix_complaint_scores_complaint ON complaint_scores (complaint_id, scored_at);
