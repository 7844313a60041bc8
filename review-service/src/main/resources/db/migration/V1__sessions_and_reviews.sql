-- Who the therapists are (from directory's listing snapshots): replies are authorised by subject.
CREATE TABLE therapist (
    therapist_id UUID PRIMARY KEY,
    subject      TEXT        NOT NULL,
    display_name TEXT        NOT NULL,
    snapshot_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX therapist_subject ON therapist (subject);

-- Sessions as booking-service reports them (fascia.booking.sessions.v1). Only COMPLETED ones can be
-- reviewed; knowing the others lets a premature review get a precise 409.
CREATE TABLE session (
    booking_id     UUID PRIMARY KEY,
    therapist_id   UUID        NOT NULL,
    client_subject TEXT        NOT NULL,
    status         TEXT        NOT NULL CONSTRAINT session_status CHECK (status IN ('CONFIRMED', 'CANCELLED', 'COMPLETED', 'NO_SHOW')),
    starts_at      TIMESTAMPTZ NOT NULL,
    session_type   TEXT        CONSTRAINT session_type CHECK (session_type IN ('MEDICAL', 'RELAXATION')),
    condition_code TEXT,
    body_regions   TEXT[],
    baseline_pain  INTEGER     CONSTRAINT session_baseline CHECK (baseline_pain BETWEEN 0 AND 10),
    completed_at   TIMESTAMPTZ,
    CONSTRAINT session_completed_has_outcome_basis CHECK (status <> 'COMPLETED' OR (completed_at IS NOT NULL AND session_type IS NOT NULL))
);
CREATE INDEX session_client ON session (client_subject, completed_at DESC);

-- One outcome review per completed session, by its client. Health data; the public sees it only
-- aggregated or under "verified client".
CREATE TABLE review (
    id                UUID PRIMARY KEY,
    booking_id        UUID        NOT NULL CONSTRAINT review_once UNIQUE REFERENCES session (booking_id),
    therapist_id      UUID        NOT NULL,
    client_subject    TEXT        NOT NULL,
    condition_code    TEXT        NOT NULL,
    session_type      TEXT        NOT NULL,
    baseline_pain     INTEGER     NOT NULL CONSTRAINT review_baseline CHECK (baseline_pain BETWEEN 0 AND 10),
    pain_after        INTEGER     NOT NULL CONSTRAINT review_pain_after CHECK (pain_after BETWEEN 0 AND 10),
    soreness_days     INTEGER     NOT NULL CONSTRAINT review_soreness CHECK (soreness_days BETWEEN 0 AND 14),
    pgic              INTEGER     NOT NULL CONSTRAINT review_pgic CHECK (pgic BETWEEN 1 AND 7),
    assessed_first    BOOLEAN     NOT NULL,
    plan_discussed    BOOLEAN     NOT NULL,
    homecare_assigned BOOLEAN     NOT NULL,
    measure_kind      TEXT        CONSTRAINT review_measure_kind CHECK (measure_kind IN ('HEADACHE_DAYS', 'ACTIVITY')),
    measure_activity  TEXT,
    measure_value     INTEGER,
    would_recommend   BOOLEAN     NOT NULL,
    comment           TEXT        CONSTRAINT review_comment_length CHECK (length(comment) <= 2000),
    -- NONE without a comment; a comment waits for moderation.
    comment_status    TEXT        NOT NULL CONSTRAINT review_comment_status CHECK (comment_status IN ('NONE', 'PENDING', 'APPROVED', 'REJECTED')),
    comment_flags     TEXT[]      NOT NULL DEFAULT '{}',
    moderated_by      TEXT,
    moderated_at      TIMESTAMPTZ,
    moderation_reason TEXT,
    created_at        TIMESTAMPTZ NOT NULL,
    CONSTRAINT review_measure CHECK (
        (measure_kind IS NULL AND measure_value IS NULL AND measure_activity IS NULL)
        OR (measure_kind = 'HEADACHE_DAYS' AND measure_value BETWEEN 0 AND 31 AND measure_activity IS NULL)
        OR (measure_kind = 'ACTIVITY' AND measure_value BETWEEN 0 AND 10 AND measure_activity IS NOT NULL))
);
CREATE INDEX review_therapist ON review (therapist_id, condition_code);
CREATE INDEX review_moderation ON review (comment_status, created_at);

-- The therapist's one public reply to a review, moderated like a comment.
CREATE TABLE reply (
    review_id         UUID PRIMARY KEY REFERENCES review (id),
    author_subject    TEXT        NOT NULL,
    text              TEXT        NOT NULL CONSTRAINT reply_length CHECK (length(text) BETWEEN 1 AND 2000),
    status            TEXT        NOT NULL CONSTRAINT reply_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    flags             TEXT[]      NOT NULL DEFAULT '{}',
    moderated_by      TEXT,
    moderated_at      TIMESTAMPTZ,
    moderation_reason TEXT,
    created_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX reply_moderation ON reply (status, created_at);

-- Follow-ups after a reviewed session: due 7 and 28 days after it (configurable), answerable
-- for 14 days, then MISSED. The last one (highest ordinal) is the 4-week measurement.
CREATE TABLE check_in (
    id                UUID PRIMARY KEY,
    review_id         UUID        NOT NULL REFERENCES review (id),
    client_subject    TEXT        NOT NULL,
    ordinal           INTEGER     NOT NULL CONSTRAINT check_in_ordinal CHECK (ordinal >= 1),
    due_after         TEXT        NOT NULL,
    due_at            TIMESTAMPTZ NOT NULL,
    closes_at         TIMESTAMPTZ NOT NULL,
    status            TEXT        NOT NULL CONSTRAINT check_in_status CHECK (status IN ('OPEN', 'ANSWERED', 'MISSED')),
    pain_now          INTEGER     CONSTRAINT check_in_pain CHECK (pain_now BETWEEN 0 AND 10),
    pgic              INTEGER     CONSTRAINT check_in_pgic CHECK (pgic BETWEEN 1 AND 7),
    still_homecare    BOOLEAN,
    answered_at       TIMESTAMPTZ,
    CONSTRAINT check_in_once UNIQUE (review_id, ordinal),
    CONSTRAINT check_in_answer CHECK ((status = 'ANSWERED') = (pain_now IS NOT NULL AND pgic IS NOT NULL AND answered_at IS NOT NULL))
);
CREATE INDEX check_in_client ON check_in (client_subject, due_at);
CREATE INDEX check_in_open ON check_in (closes_at) WHERE status = 'OPEN';

-- The aggregates last published per therapist and condition (what fascia.review.outcomes.v1 says).
CREATE TABLE outcome_aggregate (
    therapist_id               UUID             NOT NULL,
    condition_code             TEXT             NOT NULL,
    review_count               INTEGER          NOT NULL,
    mean_pain_change_after     DOUBLE PRECISION,
    mean_pain_change_4_weeks   DOUBLE PRECISION,
    durable_responders         INTEGER          NOT NULL,
    durable_responder_share    DOUBLE PRECISION NOT NULL,
    follow_up_response_rate    DOUBLE PRECISION,
    shrunk_score               DOUBLE PRECISION NOT NULL,
    platform_share             DOUBLE PRECISION NOT NULL,
    computed_at                TIMESTAMPTZ      NOT NULL,
    PRIMARY KEY (therapist_id, condition_code)
);
