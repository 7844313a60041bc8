-- One listing per therapist, owned by the token subject that created it.
CREATE TABLE listing (
    id                        UUID PRIMARY KEY,
    owner_subject             TEXT        NOT NULL UNIQUE,
    display_name              TEXT        NOT NULL
        CONSTRAINT listing_display_name_length CHECK (length(btrim(display_name)) BETWEEN 2 AND 120),
    bio                       TEXT        NOT NULL DEFAULT ''
        CONSTRAINT listing_bio_length CHECK (length(bio) <= 4000),
    practice_setting          TEXT        NOT NULL
        CONSTRAINT listing_practice_setting CHECK (practice_setting IN
            ('INDEPENDENT', 'CLINIC', 'CHAIN_OR_SPA', 'HOSPITAL_OR_REHAB', 'MOBILE')),
    street                    TEXT,
    city                      TEXT,
    region                    TEXT,
    postal_code               TEXT,
    country                   TEXT
        CONSTRAINT listing_country_code CHECK (country ~ '^[A-Z]{2}$'),
    latitude                  DOUBLE PRECISION
        CONSTRAINT listing_latitude CHECK (latitude BETWEEN -90 AND 90),
    longitude                 DOUBLE PRECISION
        CONSTRAINT listing_longitude CHECK (longitude BETWEEN -180 AND 180),
    service_radius_km         INTEGER
        CONSTRAINT listing_service_radius CHECK (service_radius_km BETWEEN 1 AND 250),
    time_zone                 TEXT        NOT NULL,
    languages                 TEXT[]      NOT NULL DEFAULT '{}',
    accepts_referrals         BOOLEAN     NOT NULL DEFAULT false,
    cancellation_window_hours INTEGER     NOT NULL DEFAULT 24
        CONSTRAINT listing_cancellation_window CHECK (cancellation_window_hours BETWEEN 0 AND 168),
    -- The owner's lifecycle. Suspension is the admin's, kept apart so reinstating restores it.
    status                    TEXT        NOT NULL
        CONSTRAINT listing_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'UNPUBLISHED')),
    suspended_at              TIMESTAMPTZ,
    suspension_reason         TEXT,
    created_at                TIMESTAMPTZ NOT NULL,
    updated_at                TIMESTAMPTZ NOT NULL,
    version                   BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT listing_location_pair CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CONSTRAINT listing_suspension_reason CHECK ((suspended_at IS NULL) = (suspension_reason IS NULL)),
    CONSTRAINT listing_mobile_radius CHECK (practice_setting <> 'MOBILE' OR service_radius_km IS NOT NULL)
);

CREATE TABLE listing_technique (
    listing_id     UUID    NOT NULL REFERENCES listing (id) ON DELETE CASCADE,
    technique_code TEXT    NOT NULL REFERENCES technique (code),
    -- For tool-based techniques: whether this practice setting allows the tools (chains often forbid scraping).
    tools_allowed  BOOLEAN NOT NULL DEFAULT true,
    PRIMARY KEY (listing_id, technique_code)
);

CREATE TABLE listing_condition (
    listing_id     UUID NOT NULL REFERENCES listing (id) ON DELETE CASCADE,
    condition_code TEXT NOT NULL REFERENCES condition (code),
    PRIMARY KEY (listing_id, condition_code)
);

CREATE TABLE offering (
    id            UUID PRIMARY KEY,
    listing_id    UUID    NOT NULL REFERENCES listing (id) ON DELETE CASCADE,
    kind          TEXT    NOT NULL CONSTRAINT offering_kind CHECK (kind IN ('INITIAL_ASSESSMENT', 'FOLLOW_UP', 'OTHER')),
    title         TEXT    NOT NULL CONSTRAINT offering_title_length CHECK (length(btrim(title)) BETWEEN 2 AND 120),
    minutes       INTEGER NOT NULL CONSTRAINT offering_minutes CHECK (minutes BETWEEN 15 AND 240),
    price_cents   INTEGER NOT NULL CONSTRAINT offering_price CHECK (price_cents BETWEEN 0 AND 10000000),
    currency      TEXT    NOT NULL CONSTRAINT offering_currency CHECK (currency ~ '^[A-Z]{3}$'),
    session_type  TEXT    NOT NULL CONSTRAINT offering_session_type CHECK (session_type IN ('MEDICAL', 'RELAXATION')),
    sort_order    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX offering_listing ON offering (listing_id);
