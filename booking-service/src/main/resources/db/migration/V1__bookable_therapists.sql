-- Who can be booked, replicated from directory-service's listing snapshots
-- (fascia.directory.listings.v1). The latest snapshot per therapist wins; older ones are ignored.
CREATE TABLE bookable_therapist (
    therapist_id              UUID PRIMARY KEY,
    subject                   TEXT        NOT NULL,
    display_name              TEXT        NOT NULL,
    bookable                  BOOLEAN     NOT NULL,
    time_zone                 TEXT        NOT NULL,
    cancellation_window_hours INTEGER     NOT NULL CONSTRAINT therapist_cancellation_window CHECK (cancellation_window_hours BETWEEN 0 AND 168),
    snapshot_at               TIMESTAMPTZ NOT NULL
);
CREATE INDEX bookable_therapist_subject ON bookable_therapist (subject);

CREATE TABLE bookable_offering (
    offering_id  UUID PRIMARY KEY,
    therapist_id UUID    NOT NULL REFERENCES bookable_therapist (therapist_id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CONSTRAINT offering_kind CHECK (kind IN ('INITIAL_ASSESSMENT', 'FOLLOW_UP', 'OTHER')),
    title        TEXT    NOT NULL,
    minutes      INTEGER NOT NULL CONSTRAINT offering_minutes CHECK (minutes BETWEEN 15 AND 240),
    price_cents  INTEGER NOT NULL CONSTRAINT offering_price CHECK (price_cents >= 0),
    currency     TEXT    NOT NULL,
    session_type TEXT    NOT NULL CONSTRAINT offering_session_type CHECK (session_type IN ('MEDICAL', 'RELAXATION'))
);
CREATE INDEX bookable_offering_therapist ON bookable_offering (therapist_id);
