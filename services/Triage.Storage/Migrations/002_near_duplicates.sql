-- Text skeletons are masked (no names, phone or ID numbers); owner_hash is a 64-bit hash of a key that is itself
-- keyed-hashed or internal. Rows are never updated: a complaint is fingerprinted once.
CREATE TABLE near_duplicate_signatures (
    id {{serial}},
    complaint_id {{uuid}} NOT NULL UNIQUE,
    owner_hash BIGINT NOT NULL,
    received_at {{timestamp}} NOT NULL,
    signature {{bytes}} NOT NULL,
    skeleton TEXT NOT NULL
);

-- One row per band of each signature. The bucket hash is salted with its band number, so that one column names
-- both and a lookup is one index range per band. The receipt time (UTC ticks, compact on both databases) sits in the
-- key so that a query's time window is applied in the index, before any signature is read: a template used for
-- years costs only the members inside the window. Rows point at the signature's integer id to stay small.
CREATE TABLE near_duplicate_buckets (
    bucket BIGINT NOT NULL,
    received_ticks BIGINT NOT NULL,
    signature_id BIGINT NOT NULL,
    PRIMARY KEY (bucket, received_ticks, signature_id)
);
