-- Near a place, search used a B-tree on (latitude, longitude): it walks the whole latitude band of
-- the box, coast to coast, and filters on longitude after. For mobile therapists it searched a
-- 250-km box around the client (the farthest any of them travels), so the band was ten times as
-- wide. Both grew with the number of listings, not with the number found.
--   location  the listing's point, in a GiST index: a box around the client visits the box only
--   reach     for a mobile therapist, the box around them that their own service radius covers,
--             padded by 1% for the sphere (the exact distance is checked after), in a GiST index:
--             search asks which reaches hold the client's point, so a therapist who cannot reach
--             the client is never visited
ALTER TABLE search_entry
    ADD COLUMN location point GENERATED ALWAYS AS (point(longitude, latitude)) STORED,
    ADD COLUMN reach box GENERATED ALWAYS AS (CASE WHEN practice_setting = 'MOBILE' THEN box(
        point(longitude - degrees(1.01 * service_radius_km / 6371.0088 / GREATEST(cos(radians(latitude)), 0.000001)),
              latitude - degrees(1.01 * service_radius_km / 6371.0088)),
        point(longitude + degrees(1.01 * service_radius_km / 6371.0088 / GREATEST(cos(radians(latitude)), 0.000001)),
              latitude + degrees(1.01 * service_radius_km / 6371.0088))) END) STORED;
CREATE INDEX search_entry_location_gist ON search_entry USING gist (location) WHERE practice_setting <> 'MOBILE';
CREATE INDEX search_entry_reach ON search_entry USING gist (reach) WHERE practice_setting = 'MOBILE';
DROP INDEX search_entry_location;
