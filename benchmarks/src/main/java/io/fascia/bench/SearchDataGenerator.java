package io.fascia.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.fascia.directory.search.ConditionRanks;

/**
 * Fills the directory database with searchable listings across the continental United States,
 * with outcome evidence, in a few set-based statements. Every generated listing's owner starts
 * with {@code bench-}, so {@link #remove} takes exactly them away again.
 */
final class SearchDataGenerator {

    private SearchDataGenerator() {
    }

    static int existing(Connection db) throws SQLException {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM listing WHERE owner_subject LIKE 'bench-%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static void generate(Connection db, int listings) throws SQLException {
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            st.execute("SELECT setseed(0.20261123)");
            // Techniques and conditions drawn per listing from the real taxonomy.
            st.execute("""
                    CREATE TEMP TABLE bench_listing ON COMMIT DROP AS
                    SELECT gen_random_uuid() AS id, g AS n,
                           24.5 + random() * 24.5 AS lat, -124.7 + random() * 57.7 AS lon,
                           (ARRAY['INDEPENDENT','INDEPENDENT','CLINIC','CLINIC','CHAIN_OR_SPA','HOSPITAL_OR_REHAB','MOBILE'])
                               [1 + floor(random() * 7)::int] AS setting,
                           random() AS r1, random() AS r2, random() AS r3, random() AS r4
                    FROM generate_series(1, %d) g""".formatted(listings));
            st.execute("""
                    INSERT INTO listing (id, owner_subject, display_name, bio, practice_setting, city, country, latitude,
                        longitude, service_radius_km, time_zone, languages, accepts_referrals, cancellation_window_hours,
                        status, created_at, updated_at)
                    SELECT id, 'bench-' || n, 'Bench Therapist ' || n, '', setting, 'Benchtown', 'US', lat, lon,
                           CASE WHEN setting = 'MOBILE' THEN 20 END, 'America/Chicago',
                           CASE WHEN r1 < 0.2 THEN ARRAY['en','es'] ELSE ARRAY['en'] END, r2 < 0.5, 24, 'PUBLISHED',
                           now(), now()
                    FROM bench_listing""");
            st.execute("""
                    INSERT INTO search_entry (listing_id, display_name, practice_setting, city, latitude, longitude,
                        service_radius_km, languages, accepts_referrals, techniques, tools_allowed, conditions, regions,
                        offering_kinds, min_price_cents, min_initial_cents, min_follow_up_cents, currency, licensed_until,
                        board_until, medical_until, insured_until)
                    SELECT b.id, l.display_name, b.setting, 'Benchtown', b.lat, b.lon, l.service_radius_km, l.languages,
                           l.accepts_referrals, t.techniques,
                           CASE WHEN b.setting = 'CHAIN_OR_SPA' THEN '{}'::text[]
                                ELSE ARRAY(SELECT unnest(t.techniques) INTERSECT SELECT code FROM technique WHERE uses_tools) END,
                           c.conditions,
                           ARRAY(SELECT DISTINCT region_code FROM condition_symptom_region WHERE condition_code = ANY(c.conditions)),
                           ARRAY['INITIAL_ASSESSMENT','FOLLOW_UP'], 8000 + (b.r3 * 8000)::int, 12000 + (b.r3 * 8000)::int,
                           8000 + (b.r3 * 8000)::int, 'USD', current_date + 365,
                           CASE WHEN b.r4 < 0.3 THEN current_date + 365 END,
                           CASE WHEN b.r4 < 0.4 THEN current_date + 365 END,
                           CASE WHEN b.r2 < 0.6 THEN current_date + 365 END
                    FROM bench_listing b
                    JOIN listing l ON l.id = b.id
                    CROSS JOIN LATERAL (SELECT ARRAY(SELECT code FROM technique WHERE random() < 0.3 + 0 * b.n ORDER BY code)
                                        AS techniques) t
                    CROSS JOIN LATERAL (SELECT ARRAY(SELECT code FROM condition WHERE random() < 0.25 + 0 * b.n ORDER BY code)
                                        AS conditions) c""");
            // Medical-session evidence for about half of the treated conditions, from 1 to 80 reviews,
            // the newest few of them still within their four weeks.
            st.execute("""
                    INSERT INTO outcome_evidence (therapist_id, condition_code, session_type, review_count, settled_review_count,
                        durable_responder_share, mean_pain_change_at_4_weeks, snapshot_at, shrunk_score)
                    SELECT e.listing_id, e.cond, 'MEDICAL', e.reviews, GREATEST(0, e.reviews - 3), random(), -random() * 4, now(),
                           random()
                    FROM (SELECT s.listing_id, cond, 1 + floor(random() * 80)::int AS reviews
                          FROM search_entry s, unnest(s.conditions) cond
                          WHERE s.display_name LIKE 'Bench %' AND random() < 0.5) e""");
            st.execute("""
                    INSERT INTO condition_outcome_prior (condition_code, platform_share, snapshot_at)
                    SELECT code, 0.35 + random() * 0.2, now() FROM condition
                    ON CONFLICT (condition_code) DO NOTHING""");
            st.execute("""
                    INSERT INTO search_condition_rank (listing_id, condition_code, suited_count)
                    SELECT s.listing_id, cond, (SELECT count(*) FROM condition_technique ct
                                                WHERE ct.condition_code = cond AND ct.technique_code = ANY(s.techniques))
                    FROM search_entry s, unnest(s.conditions) cond
                    WHERE s.display_name LIKE 'Bench %'""");
            // When they are next free, as booking would publish it: most within a month, some not at all.
            st.execute("""
                    INSERT INTO next_opening (therapist_id, offering_kind, starts, first_start, time_zone, computed_at)
                    SELECT o.listing_id, 'FOLLOW_UP', ARRAY[o.first, o.first + interval '2 hours', o.first + interval '1 day'],
                           o.first, 'America/Chicago', now()
                    FROM (SELECT s.listing_id,
                                 date_trunc('hour', now() + random() * interval '30 days') + interval '1 hour' AS first
                          FROM search_entry s WHERE s.display_name LIKE 'Bench %' AND random() < 0.7) o""");
            st.execute("ANALYZE next_opening");
            // The service's own formula, so generated listings rank exactly as real ones would.
            st.execute(ConditionRanks.RECOMPUTE + "r.listing_id IN (SELECT id FROM listing WHERE owner_subject LIKE 'bench-%')");
            st.execute("ANALYZE search_condition_rank");
            st.execute("ANALYZE search_entry");
            st.execute("ANALYZE outcome_evidence");
        }
        db.commit();
        db.setAutoCommit(true);
    }

    static void remove(Connection db) throws SQLException {
        try (PreparedStatement openings = db.prepareStatement(
                "DELETE FROM next_opening WHERE therapist_id IN (SELECT id FROM listing WHERE owner_subject LIKE 'bench-%')")) {
            openings.executeUpdate();
        }
        try (PreparedStatement evidence = db.prepareStatement(
                "DELETE FROM outcome_evidence WHERE therapist_id IN (SELECT id FROM listing WHERE owner_subject LIKE 'bench-%')");
                PreparedStatement listings = db.prepareStatement("DELETE FROM listing WHERE owner_subject LIKE 'bench-%'")) {
            evidence.executeUpdate();
            listings.executeUpdate();
        }
    }
}
