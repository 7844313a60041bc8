-- Check-ins belong to the completed session, not to its review: every completed medical session
-- gets its 1- and 4-week check-ins whether or not its client reviewed it, so the follow-up
-- response rate counts everyone who was asked. A review links the session's check-ins to itself.
ALTER TABLE check_in ADD COLUMN booking_id UUID;
UPDATE check_in c SET booking_id = r.booking_id FROM review r WHERE r.id = c.review_id;
ALTER TABLE check_in ALTER COLUMN booking_id SET NOT NULL;
ALTER TABLE check_in ALTER COLUMN review_id DROP NOT NULL;
ALTER TABLE check_in ADD CONSTRAINT check_in_session FOREIGN KEY (booking_id) REFERENCES session (booking_id);
ALTER TABLE check_in ADD CONSTRAINT check_in_per_session UNIQUE (booking_id, ordinal);

-- When the check-in's falling due was published (fascia.review.check-ins.v1), so that it is
-- announced once; those already due before this migration are not announced again.
ALTER TABLE check_in ADD COLUMN announced_at TIMESTAMPTZ;
UPDATE check_in SET announced_at = due_at WHERE due_at <= now();
CREATE INDEX check_in_to_announce ON check_in (due_at) WHERE status = 'OPEN' AND announced_at IS NULL;
