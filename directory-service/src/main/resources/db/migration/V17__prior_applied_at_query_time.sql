-- A condition's platform prior moves with nearly every review, and it used to be written into the
-- score of every listing treating the condition without reviews of it: tens of thousands of rows
-- rewritten per review. Now the rank row keeps only what belongs to the listing, and search adds
-- the prior when it reads (ConditionRanks, SearchSql):
--   relevance_score  0.50 * relevance, from the listing's suited techniques
--   reviewed_score   relevance_score + 0.35 * review's evidence score for the condition's medical
--                    sessions; NULL while there is none, and search then scores
--                    relevance_score + 0.35 * the condition's prior (0.5 while it has none)
-- Each of the two kinds of rows has its own index in score order, so a search without a location
-- still reads the best listings straight off an index: the best reviewed and the best unreviewed,
-- merged.
-- Rows are inserted with their suited count and scored by ConditionRanks in the same transaction.
ALTER TABLE search_condition_rank ADD COLUMN relevance_score DOUBLE PRECISION NOT NULL DEFAULT 0,
    ADD COLUMN reviewed_score DOUBLE PRECISION;
-- The formula of Ranking.java at this version (ConditionRanks.RECOMPUTE writes it from now on).
UPDATE search_condition_rank r SET relevance_score = 0.5 * (0.6 + 0.4 * LEAST(1.0, r.suited_count / 3.0)),
    reviewed_score = 0.5 * (0.6 + 0.4 * LEAST(1.0, r.suited_count / 3.0)) + 0.35 * e.shrunk_score
FROM search_condition_rank k
LEFT JOIN outcome_evidence e ON e.therapist_id = k.listing_id AND e.condition_code = k.condition_code
    AND e.session_type = 'MEDICAL'
WHERE k.listing_id = r.listing_id AND k.condition_code = r.condition_code;
DROP INDEX search_condition_rank_best;
ALTER TABLE search_condition_rank DROP COLUMN base_score;
CREATE INDEX search_condition_rank_reviewed ON search_condition_rank (condition_code, reviewed_score DESC, listing_id)
    WHERE reviewed_score IS NOT NULL;
CREATE INDEX search_condition_rank_unreviewed ON search_condition_rank (condition_code, relevance_score DESC, listing_id)
    WHERE reviewed_score IS NULL;
