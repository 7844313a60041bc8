-- Directory shows each therapist's next open starts in search without asking booking at query
-- time: booking publishes them (fascia.booking.openings.v1) when they may have moved. Every change
-- that can move them marks the therapist here, in the changing transaction, by trigger (so no
-- writer can forget); openings/OpeningsPublisher publishes the marked therapists in batches, and
-- those whose first published opening time has come (time alone moves openings on).
CREATE TABLE openings_to_publish (
    therapist_id UUID PRIMARY KEY REFERENCES bookable_therapist (therapist_id) ON DELETE CASCADE,
    marked_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE openings_published (
    therapist_id UUID PRIMARY KEY REFERENCES bookable_therapist (therapist_id) ON DELETE CASCADE,
    -- The earliest start published; null when none was open.
    first_start  TIMESTAMPTZ,
    published_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX openings_published_first ON openings_published (first_start) WHERE first_start IS NOT NULL;

CREATE FUNCTION mark_openings_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO openings_to_publish (therapist_id)
    SELECT t.therapist_id FROM bookable_therapist t
    WHERE t.therapist_id = CASE WHEN TG_OP = 'DELETE' THEN OLD.therapist_id ELSE NEW.therapist_id END
    ON CONFLICT (therapist_id) DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER booking_moves_openings AFTER INSERT OR UPDATE OF status, starts_at, blocked_until ON booking
    FOR EACH ROW EXECUTE FUNCTION mark_openings_stale();
CREATE TRIGGER availability_moves_openings AFTER INSERT OR UPDATE ON availability_settings
    FOR EACH ROW EXECUTE FUNCTION mark_openings_stale();
CREATE TRIGGER therapist_moves_openings AFTER INSERT OR UPDATE ON bookable_therapist
    FOR EACH ROW EXECUTE FUNCTION mark_openings_stale();
CREATE TRIGGER offering_moves_openings AFTER INSERT OR UPDATE OR DELETE ON bookable_offering
    FOR EACH ROW EXECUTE FUNCTION mark_openings_stale();

INSERT INTO openings_to_publish (therapist_id) SELECT therapist_id FROM bookable_therapist;
