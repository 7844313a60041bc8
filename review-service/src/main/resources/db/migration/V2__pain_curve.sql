-- How pain moved on average (intake, right after, 1 week, 4 weeks) per therapist and condition,
-- for the chart on a therapist's public page. Recomputed with the rest of the aggregate; rows
-- written before this migration get their curve at the therapist's next review or check-in.
ALTER TABLE outcome_aggregate
    ADD COLUMN mean_pain_baseline DOUBLE PRECISION,
    ADD COLUMN mean_pain_after    DOUBLE PRECISION,
    ADD COLUMN mean_pain_1_week   DOUBLE PRECISION,
    ADD COLUMN answered_1_week    INTEGER,
    ADD COLUMN mean_pain_4_weeks  DOUBLE PRECISION,
    ADD COLUMN answered_4_weeks   INTEGER;
