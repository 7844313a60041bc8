-- The shared vocabulary of Fascia: techniques, body regions and conditions. Public and read-only;
-- it changes only through migrations, so every listing, search and review speaks the same codes.

CREATE TABLE technique (
    code        TEXT PRIMARY KEY CONSTRAINT technique_code_format CHECK (code ~ '^[a-z][a-z0-9-]*$'),
    name        TEXT    NOT NULL UNIQUE,
    definition  TEXT    NOT NULL,
    -- Tool-based techniques (scraping, cupping) may be forbidden in some practice settings.
    uses_tools  BOOLEAN NOT NULL,
    -- Swedish/relaxation is the non-medical baseline a client can compare against.
    medical     BOOLEAN NOT NULL,
    sort_order  INTEGER NOT NULL
);

CREATE TABLE body_region (
    code       TEXT PRIMARY KEY CONSTRAINT body_region_code_format CHECK (code ~ '^[a-z][a-z0-9-]*$'),
    name       TEXT    NOT NULL UNIQUE,
    sort_order INTEGER NOT NULL
);

CREATE TABLE condition (
    code        TEXT PRIMARY KEY CONSTRAINT condition_code_format CHECK (code ~ '^[a-z][a-z0-9-]*$'),
    name        TEXT    NOT NULL UNIQUE,
    description TEXT    NOT NULL,
    sort_order  INTEGER NOT NULL
);

-- Where the client feels it.
CREATE TABLE condition_symptom_region (
    condition_code TEXT NOT NULL REFERENCES condition (code),
    region_code    TEXT NOT NULL REFERENCES body_region (code),
    PRIMARY KEY (condition_code, region_code)
);

-- Where the cause often is: what a thorough therapist will also assess. Never a diagnosis.
CREATE TABLE condition_assessed_region (
    condition_code TEXT NOT NULL REFERENCES condition (code),
    region_code    TEXT NOT NULL REFERENCES body_region (code),
    reason         TEXT NOT NULL,
    PRIMARY KEY (condition_code, region_code)
);

-- Techniques that suit a condition: part of a listing's relevance in matching.
CREATE TABLE condition_technique (
    condition_code TEXT NOT NULL REFERENCES condition (code),
    technique_code TEXT NOT NULL REFERENCES technique (code),
    PRIMARY KEY (condition_code, technique_code)
);
