-- Bookings: instants, with a copy of what was booked and of the cancellation policy in force.
-- The database itself makes double bookings impossible: no two sessions of one therapist that
-- still hold their time may overlap, buffer after each session included (SQLSTATE 23P01).
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE booking (
    id                        UUID PRIMARY KEY,
    therapist_id              UUID        NOT NULL REFERENCES bookable_therapist (therapist_id),
    offering_id               UUID        NOT NULL,
    client_subject            TEXT        NOT NULL,
    starts_at                 TIMESTAMPTZ NOT NULL,
    ends_at                   TIMESTAMPTZ NOT NULL,
    blocked_until             TIMESTAMPTZ NOT NULL,
    status                    TEXT        NOT NULL CONSTRAINT booking_status CHECK (status IN
        ('CONFIRMED', 'CANCELLED', 'LATE_CANCEL', 'COMPLETED', 'NO_SHOW')),
    offering_kind             TEXT        NOT NULL,
    offering_title            TEXT        NOT NULL,
    minutes                   INTEGER     NOT NULL,
    price_cents               INTEGER     NOT NULL,
    currency                  TEXT        NOT NULL,
    session_type              TEXT        NOT NULL,
    cancellation_window_hours INTEGER     NOT NULL,
    idempotency_key           TEXT        NOT NULL CONSTRAINT booking_idempotency_key_length CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    request_fingerprint       TEXT        NOT NULL,
    created_at                TIMESTAMPTZ NOT NULL,
    CONSTRAINT booking_order CHECK (ends_at > starts_at AND blocked_until >= ends_at),
    CONSTRAINT booking_client_idempotency UNIQUE (client_subject, idempotency_key),
    CONSTRAINT booking_no_overlap EXCLUDE USING gist (
        therapist_id WITH =, tstzrange(starts_at, blocked_until, '[)') WITH &&)
        WHERE (status NOT IN ('CANCELLED', 'LATE_CANCEL'))
);
CREATE INDEX booking_client ON booking (client_subject, starts_at DESC);
CREATE INDEX booking_therapist ON booking (therapist_id, starts_at);

-- What the client tells the therapist before the first (assessment) session. Health data:
-- only the client, the booking's therapist and admins may read it.
CREATE TABLE intake (
    booking_id         UUID PRIMARY KEY REFERENCES booking (id) ON DELETE CASCADE,
    condition_code     TEXT      NOT NULL CONSTRAINT intake_condition_code CHECK (condition_code ~ '^[a-z][a-z0-9-]*$'),
    body_regions       TEXT[]    NOT NULL,
    pain_now           INTEGER   NOT NULL CONSTRAINT intake_pain CHECK (pain_now BETWEEN 0 AND 10),
    goals              TEXT      NOT NULL CONSTRAINT intake_goals_length CHECK (length(goals) <= 1000),
    physician_referral BOOLEAN   NOT NULL,
    consent            BOOLEAN   NOT NULL CONSTRAINT intake_consent CHECK (consent)
);
