package io.fascia.directory.search;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.fascia.directory.standing.Badge;

/**
 * The SQL of one search page: filters, the ranking of {@link Ranking} and paging, with positional
 * parameters. Pure, so the search benchmark runs exactly the statement the service runs.
 *
 * <p>A condition search ranks on the precomputed rows of {@code search_condition_rank} with the
 * condition's prior applied as it reads (see {@link ConditionRanks}) plus proximity; without a
 * location it reads the best listings straight off the indexes. Only the page's rows are then
 * joined for display. Searches without a condition score their candidates on the fly: evidence is
 * neutral for them.
 *
 * @param sql    the statement; columns are read by position in {@link SearchService}
 * @param params the values of ?1, ?2, ... in order
 */
public record SearchSql(String sql, List<Object> params) {

    static final double EARTH_RADIUS_KM = 6371.0088;

    /**
     * @param suited the techniques that suit the searched region (a condition's are in its rank)
     */
    public static SearchSql of(SearchCriteria criteria, List<String> suited, LocalDate today) {
        return of(criteria, suited, today, true);
    }

    /**
     * @param withOpenings false gives the statement as it was before search knew booking's next
     *                     openings (no filter on them, no next starts per row): the search
     *                     benchmark's baseline for what they cost
     */
    public static SearchSql of(SearchCriteria criteria, List<String> suited, LocalDate today, boolean withOpenings) {
        List<Object> params = new ArrayList<>();
        String todayParam = param(params, Date.valueOf(today));
        StringBuilder where = new StringBuilder("s.licensed_until >= ").append(todayParam);
        if (criteria.region() != null) {
            where.append(" AND s.regions @> ARRAY[").append(param(params, criteria.region())).append("]::text[]");
        }
        if (!criteria.techniques().isEmpty()) {
            where.append(" AND s.techniques @> CAST(").append(param(params, array(criteria.techniques()))).append(" AS text[])");
        }
        if (!criteria.toolTechniques().isEmpty()) {
            where.append(" AND s.tools_allowed @> CAST(").append(param(params, array(criteria.toolTechniques()))).append(" AS text[])");
        }
        if (criteria.language() != null) {
            where.append(" AND s.languages @> ARRAY[").append(param(params, criteria.language())).append("]::text[]");
        }
        if (criteria.acceptsReferrals() != null) {
            where.append(" AND s.accepts_referrals = ").append(param(params, criteria.acceptsReferrals()));
        }
        if (criteria.offeringKind() != null) {
            where.append(" AND s.offering_kinds @> ARRAY[").append(param(params, criteria.offeringKind().name())).append("]::text[]");
        }
        if (criteria.sessionType() != null) {
            where.append(" AND s.session_types @> ARRAY[").append(param(params, criteria.sessionType().name())).append("]::text[]");
        }
        String openingKind = criteria.offeringKind() == null ? "" : " AND n.offering_kind = "
                + param(params, criteria.offeringKind().name());
        if (withOpenings && criteria.availableWithinDays() != null) {
            // Booking's published next openings (opening/NextOpeningsStore): a semi-join on the index, candidates only.
            where.append(" AND EXISTS (SELECT 1 FROM next_opening n WHERE n.therapist_id = s.listing_id").append(openingKind)
                    .append(" AND n.first_start > now() AND n.first_start <= now() + make_interval(days => ")
                    .append(param(params, criteria.availableWithinDays())).append("))");
        }
        if (criteria.maxPriceCents() != null) {
            String priceColumn = criteria.offeringKind() == null ? "s.min_price_cents" : switch (criteria.offeringKind()) {
                case INITIAL_ASSESSMENT -> "s.min_initial_cents";
                case FOLLOW_UP -> "s.min_follow_up_cents";
                case OTHER -> "s.min_price_cents";
            };
            where.append(" AND ").append(priceColumn).append(" <= ").append(param(params, criteria.maxPriceCents()));
        }
        for (Badge badge : criteria.badges()) {
            String column = switch (badge) {
                case LICENSED -> "s.licensed_until";
                case BOARD_CERTIFIED -> "s.board_until";
                case MEDICAL_MASSAGE -> "s.medical_until";
                case INSURED -> "s.insured_until";
            };
            where.append(" AND ").append(column).append(" >= ").append(todayParam);
        }
        String distance = "NULL::double precision";
        String proximity = "0";
        String withinReach = "";
        if (criteria.near()) {
            String lat = param(params, criteria.latitude());
            String lon = param(params, criteria.longitude());
            String radius = param(params, criteria.radiusKm());
            distance = EARTH_RADIUS_KM + " * 2 * asin(sqrt(power(sin(radians(s.latitude - " + lat + ") / 2), 2)"
                    + " + cos(radians(" + lat + ")) * cos(radians(s.latitude)) * power(sin(radians(s.longitude - " + lon
                    + ") / 2), 2)))";
            // A box first (GiST-indexed), the exact distance after. Mobile therapists come to the
            // client: theirs are the reaches (V18) that hold the client's point, asked as a box of
            // that one point, because GiST's box operators index box @> box but not box @> point.
            String here = "point(" + lon + ", " + lat + ")";
            where.append(" AND ((s.practice_setting <> 'MOBILE' AND s.location <@ ")
                    .append(box(params, criteria, criteria.radiusKm()))
                    .append(") OR (s.practice_setting = 'MOBILE' AND s.reach @> box(").append(here).append(", ").append(here)
                    .append(")))");
            proximity = "GREATEST(0, 1 - c.distance_km / " + radius + ")";
            withinReach = " WHERE c.distance_km <= CASE WHEN c.practice_setting = 'MOBILE' THEN c.service_radius_km ELSE "
                    + radius + " END";
        }
        String page = " LIMIT " + (criteria.size() + 1) + " OFFSET " + ((long) criteria.page() * criteria.size());

        String ranked;
        String evidenceColumns;
        String evidenceJoins = "";
        if (criteria.condition() != null) {
            String condition = param(params, criteria.condition());
            String from = " FROM search_condition_rank r JOIN search_entry s ON s.listing_id = r.listing_id"
                    + " WHERE r.condition_code = " + condition + " AND " + where;
            if (criteria.near()) {
                ranked = "SELECT c.listing_id, c.distance_km, c.base_score + " + Ranking.PROXIMITY_WEIGHT + " * " + proximity
                        + " AS score FROM (SELECT s.listing_id, s.practice_setting, s.service_radius_km, "
                        + ConditionRanks.scoreSql(condition) + " AS base_score, " + distance + " AS distance_km" + from + ") c"
                        + withinReach + " ORDER BY score DESC, c.listing_id" + page;
            } else {
                // Without a location the best come straight off the two indexes, each in score order:
                // the reviewed listings by their own score, the others by relevance (the prior they
                // share does not reorder them). Enough of each for the page, merged.
                String enough = " LIMIT " + ((long) criteria.page() * criteria.size() + criteria.size() + 1);
                ranked = "SELECT c.listing_id, c.distance_km, c.base_score AS score FROM ("
                        + "(SELECT s.listing_id, NULL::double precision AS distance_km, r.reviewed_score AS base_score" + from
                        + " AND r.reviewed_score IS NOT NULL ORDER BY r.reviewed_score DESC, r.listing_id" + enough + ")"
                        + " UNION ALL (SELECT s.listing_id, NULL::double precision AS distance_km, "
                        + ConditionRanks.scoreSql(condition) + " AS base_score" + from
                        + " AND r.reviewed_score IS NULL ORDER BY r.relevance_score DESC, r.listing_id" + enough + ")) c"
                        + " ORDER BY score DESC, c.listing_id" + page;
            }
            evidenceColumns = "e.review_count, e.settled_review_count, e.durable_responder_share, " + Ranking.EVIDENCE_SQL
                    + " AS evidence, x.review_count AS relaxation_review_count,"
                    + " x.settled_review_count AS relaxation_settled_review_count,"
                    + " x.durable_responder_share AS relaxation_durable_responder_share";
            evidenceJoins = " LEFT JOIN outcome_evidence e ON e.therapist_id = ranked.listing_id AND e.condition_code = "
                    + condition + " AND e.session_type = " + Ranking.RANKED_SESSION_TYPE_SQL
                    + " LEFT JOIN outcome_evidence x ON x.therapist_id = ranked.listing_id AND x.condition_code = " + condition
                    + " AND x.session_type = 'RELAXATION'"
                    + " LEFT JOIN condition_outcome_prior p ON p.condition_code = " + condition;
        } else {
            String relevance = criteria.region() == null ? "0.5"
                    : "(0.6 + 0.4 * LEAST(1.0, (SELECT count(*) FROM unnest(c.techniques) t WHERE t = ANY(CAST("
                            + param(params, array(suited)) + " AS text[]))) / " + (double) Ranking.TECHNIQUES_FOR_FULL_RELEVANCE + "))";
            String score = Ranking.RELEVANCE_WEIGHT + " * " + relevance + " + "
                    + Ranking.EVIDENCE_WEIGHT * Ranking.NEUTRAL_EVIDENCE
                    + " + " + Ranking.PROXIMITY_WEIGHT + " * " + proximity;
            ranked = "SELECT c.listing_id, c.distance_km, " + score + " AS score FROM (SELECT s.listing_id, s.practice_setting,"
                    + " s.service_radius_km, s.techniques, " + distance + " AS distance_km FROM search_entry s WHERE " + where
                    + ") c" + withinReach + " ORDER BY score DESC, c.listing_id" + page;
            evidenceColumns = "NULL AS review_count, NULL AS settled_review_count, NULL AS durable_responder_share, "
                    + Ranking.NEUTRAL_EVIDENCE + " AS evidence, NULL AS relaxation_review_count,"
                    + " NULL AS relaxation_settled_review_count, NULL AS relaxation_durable_responder_share";
        }
        // The page's rows only: each result's next three open starts (of the kind asked for) and the zone they are in.
        String openings = !withOpenings ? " CROSS JOIN (SELECT NULL::bigint[] AS next_starts, NULL::text AS opening_zone) o"
                : " LEFT JOIN LATERAL (SELECT array_agg(extract(epoch FROM x.open_start)::bigint ORDER BY x.open_start)"
                + " AS next_starts,"
                + " min(x.time_zone) AS opening_zone FROM (SELECT DISTINCT u.open_start, n.time_zone FROM next_opening n"
                + " CROSS JOIN unnest(n.starts) AS u(open_start) WHERE n.therapist_id = ranked.listing_id" + openingKind
                + " AND u.open_start > now() ORDER BY u.open_start LIMIT 3) x) o ON true";
        String sql = "SELECT ranked.listing_id, s.display_name, s.practice_setting, s.city, ranked.distance_km,"
                + " s.min_price_cents, s.currency, s.techniques, s.board_until, s.medical_until, s.insured_until, "
                + evidenceColumns + ", o.next_starts, o.opening_zone, ranked.score"
                + " FROM (" + ranked + ") ranked JOIN search_entry s ON s.listing_id = ranked.listing_id" + evidenceJoins
                + openings + " ORDER BY ranked.score DESC, ranked.listing_id";
        return new SearchSql(sql, params);
    }

    /** The box around the searched point that holds every point within {@code radiusKm}. */
    private static String box(List<Object> params, SearchCriteria criteria, double radiusKm) {
        double latDelta = Math.toDegrees(radiusKm / EARTH_RADIUS_KM);
        double cosLat = Math.cos(Math.toRadians(criteria.latitude()));
        double lonDelta = cosLat < 1e-6 ? 180 : Math.min(180, Math.toDegrees(radiusKm / (EARTH_RADIUS_KM * cosLat)));
        String west = param(params, criteria.longitude() - lonDelta);
        String south = param(params, criteria.latitude() - latDelta);
        String east = param(params, criteria.longitude() + lonDelta);
        String north = param(params, criteria.latitude() + latDelta);
        return "box(point(" + west + ", " + south + "), point(" + east + ", " + north + "))";
    }

    private static String param(List<Object> params, Object value) {
        params.add(value);
        return "?" + params.size();
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }
}
