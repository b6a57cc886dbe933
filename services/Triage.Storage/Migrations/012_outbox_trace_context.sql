-- The W3C trace context (traceparent, tracestate) of the request or consumer that wrote the outbox row: the
-- dispatcher publishes the row under it, so one complaint's journey (intake, scoring, routing) is one trace even
-- though the broker is off the request path. Null for rows written outside any trace (the reconciler, the CLI).
ALTER TABLE outbox ADD COLUMN trace_parent TEXT NULL;
ALTER TABLE outbox ADD COLUMN trace_state TEXT NULL;
