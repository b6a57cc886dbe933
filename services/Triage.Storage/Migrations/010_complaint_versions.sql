-- The earlier versions of an amended complaint. Version n is the complaint as it stood before its n-th amendment:
-- its sealed personal data (the text is inside) and its category, with who amended it and when. The current version
-- stays on complaints; nothing here is ever updated.
CREATE TABLE complaint_versions (
    id {{serial}},
    complaint_id {{uuid}} NOT NULL,
    version INTEGER NOT NULL,
    personal {{bytes}} NOT NULL,
    category TEXT NULL,
    amended_by TEXT NOT NULL,
    amended_at {{timestamp}} NOT NULL
);

CREATE UNIQUE INDEX ux_complaint_versions_complaint ON complaint_versions (complaint_id, version);
