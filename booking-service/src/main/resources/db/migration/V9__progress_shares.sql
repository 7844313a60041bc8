-- The verified credentials of a listing (directory's snapshot badges), for the progress summary a
-- client shares with their doctor. Filled by each snapshot from now on.
ALTER TABLE bookable_therapist ADD COLUMN badges TEXT[] NOT NULL DEFAULT '{}';

-- The client's pain as they reported it to review-service (fascia.review.pain-reports.v1): right
-- after a session and at each answered check-in. Health data, only ever shown back to the client
-- and in the summaries they choose to share. One row per report; a redelivery changes nothing.
CREATE TABLE pain_report (
    report_id      UUID        PRIMARY KEY,
    booking_id     UUID        NOT NULL REFERENCES booking (id),
    measure        TEXT        NOT NULL CONSTRAINT pain_report_measure CHECK (measure IN ('AFTER_SESSION', 'CHECK_IN')),
    ordinal        INTEGER     CONSTRAINT pain_report_ordinal CHECK (ordinal BETWEEN 1 AND 10),
    due_after      TEXT        CONSTRAINT pain_report_due_after CHECK (length(due_after) <= 16),
    pain           INTEGER     NOT NULL CONSTRAINT pain_report_pain CHECK (pain BETWEEN 0 AND 10),
    reported_at    TIMESTAMPTZ NOT NULL,
    CONSTRAINT pain_report_check_in CHECK ((measure = 'CHECK_IN') = (ordinal IS NOT NULL AND due_after IS NOT NULL))
);
CREATE INDEX pain_report_booking ON pain_report (booking_id);

-- A read-only summary of one treatment that its client shares through a link. The summary is
-- frozen when the client creates it (what they saw is what the doctor sees); the link's token is
-- kept only as its SHA-256, so the table alone opens nothing.
CREATE TABLE progress_share (
    id             UUID        PRIMARY KEY,
    plan_id        UUID        NOT NULL REFERENCES treatment_plan (id),
    client_subject TEXT        NOT NULL,
    token_sha256   BYTEA       NOT NULL CONSTRAINT progress_share_token UNIQUE
                               CONSTRAINT progress_share_token_length CHECK (length(token_sha256) = 32),
    summary        JSONB       NOT NULL CONSTRAINT progress_share_summary CHECK (jsonb_typeof(summary) = 'object'),
    created_at     TIMESTAMPTZ NOT NULL,
    expires_at     TIMESTAMPTZ NOT NULL,
    revoked_at     TIMESTAMPTZ,
    views          INTEGER     NOT NULL DEFAULT 0 CONSTRAINT progress_share_views CHECK (views >= 0),
    last_viewed_at TIMESTAMPTZ,
    CONSTRAINT progress_share_expiry CHECK (expires_at > created_at)
);
CREATE INDEX progress_share_plan ON progress_share (plan_id, created_at DESC);
