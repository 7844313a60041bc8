-- When each therapist is next free, per offering kind, as booking-service publishes it
-- (fascia.booking.openings.v1): search shows a result's next starts and filters on "available
-- within N days" without asking booking at query time. The latest snapshot per therapist wins.
CREATE TABLE next_opening (
    therapist_id  UUID        NOT NULL,
    offering_kind TEXT        NOT NULL CONSTRAINT next_opening_kind CHECK (offering_kind IN ('INITIAL_ASSESSMENT', 'FOLLOW_UP', 'OTHER')),
    starts        TIMESTAMPTZ[] NOT NULL CONSTRAINT next_opening_some CHECK (cardinality(starts) BETWEEN 1 AND 3),
    first_start   TIMESTAMPTZ NOT NULL,
    time_zone     TEXT        NOT NULL,
    computed_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (therapist_id, offering_kind)
);
CREATE INDEX next_opening_first ON next_opening (therapist_id, first_start);

-- The newest snapshot applied per therapist, also when it listed no opening, so that an older
-- one replayed later cannot bring back openings that are gone.
CREATE TABLE next_opening_snapshot (
    therapist_id UUID PRIMARY KEY,
    computed_at  TIMESTAMPTZ NOT NULL
);
