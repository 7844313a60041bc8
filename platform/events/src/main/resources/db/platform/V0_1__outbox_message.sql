-- Transactional outbox (shared by every service; each service has its own copy of the table).
-- A state change and its event commit together; the relay publishes pending rows in position
-- order and marks them published. Topic and event-type names follow the architecture's
-- convention, and the database refuses anything else.
CREATE TABLE outbox_message (
    position     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id           UUID        NOT NULL UNIQUE,
    topic        TEXT        NOT NULL
        CONSTRAINT outbox_topic_name CHECK (topic ~ '^fascia\.[a-z]+\.[a-z][a-z0-9-]*\.v[0-9]+$'),
    message_key  TEXT        NOT NULL
        CONSTRAINT outbox_key_length CHECK (length(message_key) BETWEEN 1 AND 200),
    event_type   TEXT        NOT NULL
        CONSTRAINT outbox_event_type_name CHECK (event_type ~ '^fascia\.[a-z]+\.[a-z][a-z0-9-]*\.v[0-9]+$'),
    payload      JSONB       NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL,
    published_at TIMESTAMPTZ,
    attempts     INTEGER     NOT NULL DEFAULT 0,
    last_error   TEXT
);

-- The relay only ever looks for what is still pending.
CREATE INDEX outbox_message_pending ON outbox_message (position) WHERE published_at IS NULL;
