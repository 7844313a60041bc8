-- How many of a listing's reviews of a condition have a closed 4-week check-in (review-service's
-- settledReviewCount): the durable share is over these, the others are still pending. Snapshots
-- from before the field counted every review as settled.
ALTER TABLE outcome_evidence ADD COLUMN settled_review_count INTEGER;
UPDATE outcome_evidence SET settled_review_count = review_count;
ALTER TABLE outcome_evidence ALTER COLUMN settled_review_count SET NOT NULL;
