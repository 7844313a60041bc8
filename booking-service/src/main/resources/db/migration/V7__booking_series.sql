-- A treatment plan's remaining sessions booked in one request, at one wall-clock time every N days
-- in the therapist's zone. Each session is an ordinary booking (the same exclusion constraint
-- keeps it from overlapping anyone's); the series remembers the request so a retry with its
-- Idempotency-Key returns the same series, and so its remaining sessions can be cancelled at once.
CREATE TABLE booking_series (
    id                  UUID PRIMARY KEY,
    plan_id             UUID        NOT NULL REFERENCES treatment_plan (id),
    client_subject      TEXT        NOT NULL,
    offering_id         UUID        NOT NULL,
    first_local_start   TIMESTAMP   NOT NULL,
    time_zone           TEXT        NOT NULL,
    every_days          INTEGER     NOT NULL CONSTRAINT series_every CHECK (every_days BETWEEN 1 AND 90),
    sessions            INTEGER     NOT NULL CONSTRAINT series_sessions CHECK (sessions BETWEEN 1 AND 52),
    if_taken            TEXT        NOT NULL CONSTRAINT series_if_taken CHECK (if_taken IN ('BOOK_NONE', 'BOOK_THE_REST')),
    idempotency_key     TEXT        NOT NULL CONSTRAINT series_idempotency_key_length CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    request_fingerprint TEXT        NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    CONSTRAINT series_client_idempotency UNIQUE (client_subject, idempotency_key)
);
CREATE INDEX booking_series_plan ON booking_series (plan_id);

-- The series a booking was made in, and its place there (1 for the first session).
ALTER TABLE booking ADD COLUMN series_id UUID REFERENCES booking_series (id);
ALTER TABLE booking ADD COLUMN series_position INTEGER CONSTRAINT booking_series_position CHECK (series_position BETWEEN 1 AND 52);
ALTER TABLE booking ADD CONSTRAINT booking_series_both CHECK ((series_id IS NULL) = (series_position IS NULL));
CREATE INDEX booking_series_member ON booking (series_id) WHERE series_id IS NOT NULL;
