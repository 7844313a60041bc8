-- When the therapist was told that a verified credential expires within 30 days (published as
-- fascia.directory.credential-expiring.v1), so they are told once.
ALTER TABLE credential ADD COLUMN expiry_noticed_at TIMESTAMPTZ;
