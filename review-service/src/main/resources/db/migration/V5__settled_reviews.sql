-- Censoring: only reviews whose 4-week check-in has closed (answered or missed) count for the
-- durable share and the shrunk score. How many of a therapist's reviews of a condition have, so
-- the outcome page can say how many are still pending. Existing rows are recomputed on the
-- therapist's next change; until then every review is taken as settled, as it was counted.
ALTER TABLE outcome_aggregate ADD COLUMN settled_reviews INTEGER;
UPDATE outcome_aggregate SET settled_reviews = review_count;
ALTER TABLE outcome_aggregate ALTER COLUMN settled_reviews SET NOT NULL;
ALTER TABLE outcome_aggregate ADD CONSTRAINT outcome_aggregate_settled_within_reviews
    CHECK (settled_reviews BETWEEN 0 AND review_count);
