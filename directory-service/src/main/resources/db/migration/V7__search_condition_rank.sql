-- The part of a listing's search score that does not depend on where the client is, per
-- condition it treats: 0.50 * relevance + 0.35 * shrunk evidence (see Ranking.java). Kept up to
-- date when the listing, its evidence or the platform prior changes, so a condition search reads
-- the best listings straight off the index instead of scoring every candidate.
CREATE TABLE search_condition_rank (
    listing_id     UUID             NOT NULL REFERENCES search_entry (listing_id) ON DELETE CASCADE,
    condition_code TEXT             NOT NULL REFERENCES condition (code),
    suited_count   INTEGER          NOT NULL CONSTRAINT rank_suited_count CHECK (suited_count >= 0),
    base_score     DOUBLE PRECISION NOT NULL DEFAULT 0,
    PRIMARY KEY (listing_id, condition_code)
);
CREATE INDEX search_condition_rank_best ON search_condition_rank (condition_code, base_score DESC, listing_id);
