-- Clients choose between medical and relaxation sessions in search: each entry lists the session
-- types its offerings give.
ALTER TABLE search_entry ADD COLUMN session_types TEXT[] NOT NULL DEFAULT '{}';
UPDATE search_entry s SET session_types = ARRAY(SELECT DISTINCT o.session_type FROM offering o WHERE o.listing_id = s.listing_id);
CREATE INDEX search_entry_session_types ON search_entry USING gin (session_types);
