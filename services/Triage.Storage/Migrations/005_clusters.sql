-- A cluster keeps its id while it grows; a merge keeps the older id and is recorded in cluster_merges, and the
-- absorbed cluster's row stays behind with merged_into set. Members point at their cluster from complaints.
CREATE TABLE clusters (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    suspect INTEGER NOT NULL DEFAULT 0,
    size INTEGER NOT NULL,
    risk DOUBLE PRECISION NOT NULL,
    first_seen {{timestamp}} NOT NULL,
    last_seen {{timestamp}} NOT NULL,
    created_at {{timestamp}} NOT NULL,
    updated_at {{timestamp}} NOT NULL,
    flagged_at {{timestamp}} NULL,
    decided_at {{timestamp}} NULL,
    merged_into TEXT NULL
);

CREATE INDEX ix_clusters_rank ON clusters (suspect, risk DESC, id);
CREATE INDEX ix_complaints_cluster ON complaints (triage_cluster_id);

-- The links that joined complaints, with why: the explanation of every cluster and the check that two scoring
-- instances built the same components. identifier_hash is the keyed hash of a shared identifier, never its value.
CREATE TABLE cluster_links (
    complaint_id {{uuid}} NOT NULL,
    linked_complaint_id {{uuid}} NOT NULL,
    kind TEXT NOT NULL,
    strength DOUBLE PRECISION NOT NULL,
    identifier_hash {{bytes}} NULL,
    created_at {{timestamp}} NOT NULL,
    PRIMARY KEY (complaint_id, linked_complaint_id, kind)
);

CREATE INDEX ix_cluster_links_linked ON cluster_links (linked_complaint_id);

CREATE TABLE cluster_merges (
    cluster_id TEXT NOT NULL,
    merged_cluster_id TEXT NOT NULL,
    merged_at {{timestamp}} NOT NULL,
    PRIMARY KEY (cluster_id, merged_cluster_id)
);

CREATE TABLE cluster_verdicts (
    id {{serial}},
    cluster_id TEXT NOT NULL,
    verdict TEXT NOT NULL,
    note TEXT NULL,
    decided_by TEXT NOT NULL,
    decided_at {{timestamp}} NOT NULL
);

CREATE INDEX ix_cluster_verdicts_cluster ON cluster_verdicts (cluster_id, decided_at);

-- Analysts' decisions as labels for retraining: one row per complaint per decision, the latest one counts.
CREATE TABLE complaint_labels (
    id {{serial}},
    complaint_id {{uuid}} NOT NULL,
    suspect INTEGER NOT NULL,
    source TEXT NOT NULL,
    cluster_id TEXT NULL,
    decided_by TEXT NOT NULL,
    decided_at {{timestamp}} NOT NULL
);

CREATE INDEX ix_complaint_labels_complaint ON complaint_labels (complaint_id, decided_at);

-- Every route a complaint was given, with the reason and what the decision rested on (PIPL art. 24).
CREATE TABLE complaint_routes (
    id {{serial}},
    complaint_id {{uuid}} NOT NULL,
    destination TEXT NOT NULL,
    reason TEXT NOT NULL,
    score DOUBLE PRECISION NULL,
    model_version TEXT NULL,
    cluster_id TEXT NULL,
    routed_at {{timestamp}} NOT NULL
);

CREATE INDEX ix_complaint_routes_complaint ON complaint_routes (complaint_id, routed_at);

-- Who read whose personal data, and when.
CREATE TABLE audit_log (
    id {{serial}},
    at {{timestamp}} NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NULL
);

CREATE INDEX ix_audit_log_at ON audit_log (at);
