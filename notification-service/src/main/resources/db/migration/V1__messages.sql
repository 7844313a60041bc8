-- notification-service owns what it sent (and will send), people's message preferences, and the
-- little it needs to know about therapists to write to and about them. No health data, ever: no
-- condition, region, pain score, intake, plan or review text is stored or sent.

-- Therapists as directory publishes them (fascia.directory.listings.v1): who to write to, the
-- name to write, and the practice's clock that every time in a message is shown in.
CREATE TABLE therapist (
    therapist_id UUID PRIMARY KEY,
    subject      TEXT        NOT NULL,
    display_name TEXT        NOT NULL,
    time_zone    TEXT        NOT NULL,
    -- offeringId -> title, so a message names what was booked.
    offerings    JSONB       NOT NULL,
    snapshot_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX therapist_subject ON therapist (subject);

-- Every message, from the moment an event calls for it: pending until due (a reminder waits for
-- its time), then sent, withdrawn (a cancelled booking's reminder) or skipped (the person turned
-- that kind off, or has no address). One per event, audience and kind, however often the event is
-- delivered.
CREATE TABLE message (
    id          UUID PRIMARY KEY,
    event_id    TEXT        NOT NULL,
    kind        TEXT        NOT NULL,
    audience    TEXT        NOT NULL CONSTRAINT message_audience CHECK (audience IN ('CLIENT', 'THERAPIST')),
    -- The client's subject, or the therapist's listing (their subject is read at send time).
    client_subject TEXT,
    therapist_id   UUID,
    booking_id  UUID,
    -- What the message says: times, names and references, never health data (MessageDetails).
    details     JSONB       NOT NULL,
    send_at     TIMESTAMPTZ NOT NULL,
    status      TEXT        NOT NULL CONSTRAINT message_status CHECK (status IN ('PENDING', 'SENT', 'WITHDRAWN', 'SKIPPED')),
    -- When the next attempt is due: send_at at first, later after a failed attempt's backoff.
    attempt_at  TIMESTAMPTZ NOT NULL,
    attempts    INTEGER     NOT NULL DEFAULT 0,
    outcome     TEXT,
    recipient   TEXT,
    created_at  TIMESTAMPTZ NOT NULL,
    sent_at     TIMESTAMPTZ,
    CONSTRAINT message_once UNIQUE (event_id, audience, kind),
    CONSTRAINT message_addressed CHECK (client_subject IS NOT NULL OR therapist_id IS NOT NULL)
);
CREATE INDEX message_due ON message (attempt_at) WHERE status = 'PENDING';
CREATE INDEX message_booking ON message (booking_id, kind) WHERE booking_id IS NOT NULL;

-- What a person chose: reminders and prompts can be turned off (confirmations and cancellations
-- always go), and their own time zone shown beside the practice's.
CREATE TABLE preference (
    subject    TEXT PRIMARY KEY,
    reminders  BOOLEAN     NOT NULL,
    prompts    BOOLEAN     NOT NULL,
    time_zone  TEXT,
    updated_at TIMESTAMPTZ NOT NULL
);

-- One-click unsubscribe (RFC 8058): an unguessable token stands for one person and one topic, so
-- the link works without signing in and can do nothing else.
CREATE TABLE unsubscribe_token (
    token   TEXT PRIMARY KEY,
    subject TEXT NOT NULL,
    topic   TEXT NOT NULL CONSTRAINT unsubscribe_topic CHECK (topic IN ('REMINDERS', 'PROMPTS')),
    CONSTRAINT unsubscribe_once UNIQUE (subject, topic)
);
