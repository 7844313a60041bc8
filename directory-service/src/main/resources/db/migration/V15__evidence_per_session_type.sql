-- Outcome evidence per condition and session type: search ranks by the evidence of medical
-- sessions, and shows a listing's relaxation outcomes apart, never mixed in. Rows kept so far
-- stand as medical until the therapist's next snapshot replaces them.
ALTER TABLE outcome_evidence ADD COLUMN session_type TEXT NOT NULL DEFAULT 'MEDICAL'
    CONSTRAINT evidence_session_type CHECK (session_type IN ('MEDICAL', 'RELAXATION'));
ALTER TABLE outcome_evidence ALTER COLUMN session_type DROP DEFAULT;
ALTER TABLE outcome_evidence DROP CONSTRAINT outcome_evidence_pkey;
ALTER TABLE outcome_evidence ADD PRIMARY KEY (therapist_id, condition_code, session_type);
