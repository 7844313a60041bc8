-- Outcomes per condition and session type: a spa's relaxation sessions never dilute or inflate a
-- condition's medical evidence. Existing rows are recomputed at the therapist's next change; until
-- then a row stands as relaxation when all its reviews were of relaxation sessions, else medical.
ALTER TABLE outcome_aggregate ADD COLUMN session_type TEXT NOT NULL DEFAULT 'MEDICAL'
    CONSTRAINT outcome_aggregate_session_type CHECK (session_type IN ('MEDICAL', 'RELAXATION'));
ALTER TABLE outcome_aggregate ALTER COLUMN session_type DROP DEFAULT;
UPDATE outcome_aggregate a SET session_type = 'RELAXATION'
WHERE NOT EXISTS (SELECT 1 FROM review r WHERE r.therapist_id = a.therapist_id AND r.condition_code = a.condition_code
                    AND r.session_type = 'MEDICAL');
ALTER TABLE outcome_aggregate DROP CONSTRAINT outcome_aggregate_pkey;
ALTER TABLE outcome_aggregate ADD PRIMARY KEY (therapist_id, condition_code, session_type);
-- The platform's share per condition and session type reads every review of both.
CREATE INDEX review_condition_session_type ON review (condition_code, session_type);
