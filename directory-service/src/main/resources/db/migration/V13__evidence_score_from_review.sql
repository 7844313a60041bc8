-- Review-service owns the evidence score (its OutcomeMath shrinks a therapist's durable-responder
-- share toward the platform's); directory keeps the score each snapshot publishes and ranks by it,
-- instead of recomputing it with constants of its own.
ALTER TABLE outcome_evidence ADD COLUMN shrunk_score DOUBLE PRECISION
    CONSTRAINT evidence_shrunk_score CHECK (shrunk_score BETWEEN 0 AND 1);

-- Rows kept before this version get the score as directory computed it until now (prior weight 10),
-- so the ranking does not move on upgrade; each therapist's next snapshot replaces it with review's.
UPDATE outcome_evidence e SET shrunk_score =
    (e.review_count * e.durable_responder_share + 10 * COALESCE(p.platform_share, 0.5)) / (e.review_count + 10)
FROM outcome_evidence k LEFT JOIN condition_outcome_prior p ON p.condition_code = k.condition_code
WHERE k.therapist_id = e.therapist_id AND k.condition_code = e.condition_code;
