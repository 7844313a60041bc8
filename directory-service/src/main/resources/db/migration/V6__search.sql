-- Matching search reads one row per listing clients may see, kept up to date in the transaction
-- of every change that affects it. Credential dates are stored, not yes/no flags, so a licence
-- that runs out at midnight drops out of search at midnight, not when the expiry job runs.
CREATE TABLE search_entry (
    listing_id          UUID PRIMARY KEY REFERENCES listing (id) ON DELETE CASCADE,
    display_name        TEXT             NOT NULL,
    practice_setting    TEXT             NOT NULL,
    city                TEXT,
    latitude            DOUBLE PRECISION NOT NULL,
    longitude           DOUBLE PRECISION NOT NULL,
    service_radius_km   INTEGER,
    languages           TEXT[]           NOT NULL,
    accepts_referrals   BOOLEAN          NOT NULL,
    techniques          TEXT[]           NOT NULL,
    -- Tool-based techniques whose tools this practice setting allows.
    tools_allowed       TEXT[]           NOT NULL,
    conditions          TEXT[]           NOT NULL,
    -- Where the conditions treated are felt: searching by body region looks here.
    regions             TEXT[]           NOT NULL,
    offering_kinds      TEXT[]           NOT NULL,
    min_price_cents     INTEGER          NOT NULL,
    min_initial_cents   INTEGER,
    min_follow_up_cents INTEGER,
    currency            TEXT             NOT NULL,
    licensed_until      DATE             NOT NULL,
    board_until         DATE,
    medical_until       DATE,
    insured_until       DATE
);
CREATE INDEX search_entry_conditions ON search_entry USING gin (conditions);
CREATE INDEX search_entry_regions ON search_entry USING gin (regions);
CREATE INDEX search_entry_techniques ON search_entry USING gin (techniques);
CREATE INDEX search_entry_languages ON search_entry USING gin (languages);
CREATE INDEX search_entry_location ON search_entry (latitude, longitude);

-- Outcome evidence per therapist and condition, replicated from review-service's snapshots.
CREATE TABLE outcome_evidence (
    therapist_id                UUID             NOT NULL,
    condition_code              TEXT             NOT NULL REFERENCES condition (code),
    review_count                INTEGER          NOT NULL CONSTRAINT evidence_count CHECK (review_count >= 0),
    durable_responder_share     DOUBLE PRECISION NOT NULL CONSTRAINT evidence_share CHECK (durable_responder_share BETWEEN 0 AND 1),
    mean_pain_change_at_4_weeks DOUBLE PRECISION,
    snapshot_at                 TIMESTAMPTZ      NOT NULL,
    PRIMARY KEY (therapist_id, condition_code)
);

-- The platform's durable-responder rate per condition: the prior that small samples shrink toward.
CREATE TABLE condition_outcome_prior (
    condition_code TEXT PRIMARY KEY REFERENCES condition (code),
    platform_share DOUBLE PRECISION NOT NULL CONSTRAINT prior_share CHECK (platform_share BETWEEN 0 AND 1),
    snapshot_at    TIMESTAMPTZ      NOT NULL
);
