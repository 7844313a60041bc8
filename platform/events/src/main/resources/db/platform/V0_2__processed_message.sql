-- The idempotent consumer's memory: a message id is recorded in the same transaction as its
-- effect, so a redelivered message finds its id and is skipped.
CREATE TABLE processed_message (
    consumer     TEXT        NOT NULL,
    message_id   TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, message_id)
);
