-- The rest of a booking's life: who cancelled, reschedules in the history, and the client's name
-- as their token gave it when they booked, so the therapist knows who is coming.
ALTER TABLE booking ADD COLUMN client_name TEXT;
ALTER TABLE booking ADD COLUMN cancelled_by TEXT CONSTRAINT booking_cancelled_by CHECK (cancelled_by IN ('CLIENT', 'THERAPIST'));
UPDATE booking SET cancelled_by = 'CLIENT' WHERE status IN ('CANCELLED', 'LATE_CANCEL');

ALTER TABLE booking_status_change DROP CONSTRAINT status_change_status;
ALTER TABLE booking_status_change ADD CONSTRAINT status_change_status CHECK (status IN
    ('CONFIRMED', 'RESCHEDULED', 'CANCELLED', 'LATE_CANCEL', 'COMPLETED', 'NO_SHOW'));
-- Set on RESCHEDULED rows: where the session moved from and to.
ALTER TABLE booking_status_change ADD COLUMN previous_start TIMESTAMPTZ;
ALTER TABLE booking_status_change ADD COLUMN new_start TIMESTAMPTZ;
ALTER TABLE booking_status_change ADD CONSTRAINT status_change_reschedule CHECK
    ((status = 'RESCHEDULED') = (previous_start IS NOT NULL AND new_start IS NOT NULL));

CREATE INDEX booking_therapist_client ON booking (therapist_id, client_subject, created_at DESC);

-- A treatment plan per therapist and client. Health data: only that client, that therapist and
-- admins read it. Every update is a new version; earlier versions are never changed.
CREATE TABLE treatment_plan (
    id              UUID PRIMARY KEY,
    therapist_id    UUID        NOT NULL REFERENCES bookable_therapist (therapist_id),
    client_subject  TEXT        NOT NULL,
    current_version INTEGER     NOT NULL CONSTRAINT treatment_plan_version_positive CHECK (current_version >= 1),
    created_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT treatment_plan_pair UNIQUE (therapist_id, client_subject)
);
CREATE INDEX treatment_plan_client ON treatment_plan (client_subject);

CREATE TABLE treatment_plan_version (
    plan_id          UUID        NOT NULL REFERENCES treatment_plan (id),
    version          INTEGER     NOT NULL CONSTRAINT plan_version_positive CHECK (version >= 1),
    -- The session whose assessment this version records.
    booking_id       UUID        NOT NULL REFERENCES booking (id),
    painful_regions  TEXT[]      NOT NULL,
    cause_regions    TEXT[]      NOT NULL,
    compensations    TEXT        NOT NULL CONSTRAINT plan_compensations_length CHECK (length(compensations) <= 2000),
    goals            TEXT[]      NOT NULL,
    planned_sessions INTEGER     NOT NULL CONSTRAINT plan_sessions CHECK (planned_sessions BETWEEN 1 AND 52),
    interval_days    INTEGER     NOT NULL CONSTRAINT plan_interval CHECK (interval_days BETWEEN 1 AND 90),
    -- [{name, instructions, frequency, bodyRegion}], always read whole with its version.
    homecare         JSONB       NOT NULL CONSTRAINT plan_homecare_array CHECK (jsonb_typeof(homecare) = 'array'),
    written_by       TEXT        NOT NULL,
    written_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (plan_id, version)
);

-- Versions are history: the database refuses to rewrite or delete them.
CREATE RULE treatment_plan_version_no_update AS ON UPDATE TO treatment_plan_version DO INSTEAD NOTHING;
CREATE RULE treatment_plan_version_no_delete AS ON DELETE TO treatment_plan_version DO INSTEAD NOTHING;
