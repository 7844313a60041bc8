-- Credentials a therapist submits and an admin verifies against the issuing body.
CREATE TABLE credential (
    id              UUID PRIMARY KEY,
    listing_id      UUID        NOT NULL REFERENCES listing (id) ON DELETE CASCADE,
    type            TEXT        NOT NULL CONSTRAINT credential_type CHECK (type IN
        ('LICENSE', 'BOARD_CERTIFICATION', 'MEDICAL_MASSAGE_CERTIFICATE', 'TECHNIQUE_CERTIFICATE', 'LIABILITY_INSURANCE')),
    issuer          TEXT        NOT NULL CONSTRAINT credential_issuer_length CHECK (length(btrim(issuer)) BETWEEN 2 AND 200),
    jurisdiction    TEXT        CONSTRAINT credential_jurisdiction_length CHECK (length(jurisdiction) <= 100),
    number          TEXT        NOT NULL CONSTRAINT credential_number_length CHECK (length(btrim(number)) BETWEEN 1 AND 100),
    technique_code  TEXT        REFERENCES technique (code),
    issued_on       DATE        NOT NULL,
    expires_on      DATE,
    state           TEXT        NOT NULL CONSTRAINT credential_state CHECK (state IN
        ('SUBMITTED', 'VERIFIED', 'REJECTED', 'EXPIRED', 'REVOKED')),
    decision_reason TEXT,
    decided_by      TEXT,
    decided_at      TIMESTAMPTZ,
    submitted_at    TIMESTAMPTZ NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT credential_expiry_after_issue CHECK (expires_on IS NULL OR expires_on > issued_on),
    -- Licences and insurance always run out; a verifier must know when.
    CONSTRAINT credential_expiry_required CHECK (type NOT IN ('LICENSE', 'LIABILITY_INSURANCE') OR expires_on IS NOT NULL),
    CONSTRAINT credential_licence_jurisdiction CHECK (type <> 'LICENSE' OR jurisdiction IS NOT NULL),
    CONSTRAINT credential_technique_only_for_technique_certificates
        CHECK ((type = 'TECHNIQUE_CERTIFICATE') = (technique_code IS NOT NULL)),
    CONSTRAINT credential_rejection_reason CHECK (state NOT IN ('REJECTED', 'REVOKED') OR decision_reason IS NOT NULL)
);
-- The admin queue: oldest first within a state (and type).
CREATE INDEX credential_queue ON credential (state, submitted_at, id);
CREATE INDEX credential_listing ON credential (listing_id);
-- The expiry job looks only at verified credentials with a date.
CREATE INDEX credential_expiring ON credential (expires_on) WHERE state = 'VERIFIED';

-- The uploaded document, kept in the database so it is as durable as the credential itself.
CREATE TABLE credential_document (
    credential_id UUID PRIMARY KEY REFERENCES credential (id) ON DELETE CASCADE,
    file_name     TEXT    NOT NULL CONSTRAINT document_file_name_length CHECK (length(file_name) BETWEEN 1 AND 255),
    content_type  TEXT    NOT NULL CONSTRAINT document_content_type CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes    INTEGER NOT NULL CONSTRAINT document_size CHECK (size_bytes BETWEEN 1 AND 10485760),
    sha256        TEXT    NOT NULL CONSTRAINT document_sha256 CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content       BYTEA   NOT NULL
);
