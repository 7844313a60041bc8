-- Every status a booking went through, who moved it there and why: the history clients and
-- therapists see, and the record a dispute needs.
CREATE TABLE booking_status_change (
    id         UUID PRIMARY KEY,
    booking_id UUID        NOT NULL REFERENCES booking (id) ON DELETE CASCADE,
    status     TEXT        NOT NULL CONSTRAINT status_change_status CHECK (status IN
        ('CONFIRMED', 'CANCELLED', 'LATE_CANCEL', 'COMPLETED', 'NO_SHOW')),
    actor      TEXT        NOT NULL,
    reason     TEXT,
    at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX booking_status_change_booking ON booking_status_change (booking_id, at);

-- Bookings made before the history existed start with their confirmation.
INSERT INTO booking_status_change (id, booking_id, status, actor, at)
SELECT gen_random_uuid(), id, 'CONFIRMED', client_subject, created_at FROM booking;
