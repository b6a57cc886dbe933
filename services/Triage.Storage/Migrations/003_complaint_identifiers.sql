CREATE TABLE complaint_identifiers (
    identifier_hash {{bytes}} NOT NULL,
    kind TEXT NOT NULL,
    complaint_id {{uuid}} NOT NULL,
    complainant_key TEXT NOT NULL,
    received_at {{timestamp}} NOT NULL,
    channel TEXT NOT NULL,
    PRIMARY KEY (identifier_hash, complaint_id, kind)
);

CREATE INDEX ix_complaint_identifiers_hash_time ON complaint_identifiers (identifier_hash, received_at);
CREATE INDEX ix_complaint_identifiers_complaint ON complaint_identifiers (complaint_id);
