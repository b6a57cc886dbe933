CREATE TABLE complaints (
    id {{uuid}} PRIMARY KEY,
    external_id TEXT NULL,
    channel TEXT NOT NULL,
    received_at {{timestamp}} NOT NULL,
    received_offset_minutes INTEGER NOT NULL,
    submitted_at {{timestamp}} NOT NULL,
    status TEXT NOT NULL,
    product TEXT NULL,
    category TEXT NULL,
    representative_relation TEXT NULL,
    personal {{bytes}} NOT NULL,
    complainant_phone_hash {{bytes}} NULL,
    complainant_id_number_hash {{bytes}} NULL,
    complainant_customer_id_hash {{bytes}} NULL,
    complainant_email_hash {{bytes}} NULL,
    representative_phone_hash {{bytes}} NULL,
    representative_organization_hash {{bytes}} NULL,
    origin_ip_hash {{bytes}} NULL,
    origin_device_hash {{bytes}} NULL,
    route_destination TEXT NULL,
    route_reason TEXT NULL,
    routed_at {{timestamp}} NULL
);

CREATE UNIQUE INDEX ux_complaints_external_id ON complaints (external_id);
CREATE INDEX ix_complaints_received ON complaints (received_at DESC, id DESC);
CREATE INDEX ix_complaints_status ON complaints (status, received_at DESC);
CREATE INDEX ix_complaints_route ON complaints (route_destination, received_at DESC);

CREATE TABLE outbox (
    id {{serial}},
    message_id {{uuid}} NOT NULL UNIQUE,
    message_type TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at {{timestamp}} NOT NULL,
    sent_at {{timestamp}} NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NULL
);

CREATE INDEX ix_outbox_unsent ON outbox (id) WHERE sent_at IS NULL;

CREATE TABLE inbox (
    message_id {{uuid}} NOT NULL,
    consumer TEXT NOT NULL,
    processed_at {{timestamp}} NOT NULL,
    PRIMARY KEY (message_id, consumer)
);
