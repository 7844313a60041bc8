-- A therapist's availability as wall-clock time in their listing's time zone: weekly windows,
-- per-date overrides that replace them (a date with no window is a day off), and the rules
-- around sessions.
CREATE TABLE availability_settings (
    therapist_id         UUID PRIMARY KEY REFERENCES bookable_therapist (therapist_id) ON DELETE CASCADE,
    buffer_minutes       INTEGER     NOT NULL CONSTRAINT availability_buffer CHECK (buffer_minutes BETWEEN 0 AND 120),
    minimum_notice_hours INTEGER     NOT NULL CONSTRAINT availability_notice CHECK (minimum_notice_hours BETWEEN 0 AND 720),
    horizon_days         INTEGER     NOT NULL CONSTRAINT availability_horizon CHECK (horizon_days BETWEEN 1 AND 365),
    slot_step_minutes    INTEGER     NOT NULL CONSTRAINT availability_step CHECK (slot_step_minutes IN (5, 10, 15, 20, 30, 60)),
    updated_at           TIMESTAMPTZ NOT NULL
);

CREATE TABLE weekly_window (
    therapist_id UUID     NOT NULL REFERENCES availability_settings (therapist_id) ON DELETE CASCADE,
    weekday      SMALLINT NOT NULL CONSTRAINT weekly_window_weekday CHECK (weekday BETWEEN 1 AND 7),
    start_time   TIME     NOT NULL,
    end_time     TIME     NOT NULL,
    CONSTRAINT weekly_window_order CHECK (end_time > start_time),
    PRIMARY KEY (therapist_id, weekday, start_time)
);

CREATE TABLE date_override (
    therapist_id UUID NOT NULL REFERENCES availability_settings (therapist_id) ON DELETE CASCADE,
    on_date      DATE NOT NULL,
    -- Both null: the whole date is off.
    start_time   TIME,
    end_time     TIME,
    CONSTRAINT date_override_pair CHECK ((start_time IS NULL) = (end_time IS NULL)),
    CONSTRAINT date_override_order CHECK (end_time > start_time)
);
CREATE INDEX date_override_lookup ON date_override (therapist_id, on_date);
