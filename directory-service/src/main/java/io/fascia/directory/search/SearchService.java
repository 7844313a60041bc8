package io.fascia.directory.search;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import io.fascia.directory.credential.Badge;
import io.fascia.directory.standing.ListingStandings;
import io.fascia.directory.taxonomy.Taxonomy;
import io.fascia.directory.taxonomy.TaxonomyViews;

/**
 * Matching search: filters on the search entries, ranks in the database (see {@link Ranking})
 * and explains each result. One query per page.
 */
@ApplicationScoped
public class SearchService {

    private static final double EARTH_RADIUS_KM = 6371.0088;
    /** Mobile therapists travel at most this far; their own radius decides within it. */
    private static final double MAX_SERVICE_RADIUS_KM = 250;

    @Inject
    EntityManager em;

    @Inject
    Taxonomy taxonomy;

    @Inject
    ListingStandings standings;

    @Transactional(Transactional.TxType.SUPPORTS)
    public SearchResults.Page search(SearchCriteria criteria) {
        LocalDate today = standings.today();
        List<String> suited = suitedTechniques(criteria);
        double prior = criteria.condition() == null ? Ranking.DEFAULT_PRIOR : prior(criteria.condition());

        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("s.licensed_until >= ").append(param(params, Date.valueOf(today)));
        if (criteria.condition() != null) {
            where.append(" AND s.conditions @> ARRAY[").append(param(params, criteria.condition())).append("]::text[]");
        }
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
            where.append(" AND ").append(column).append(" >= ").append(param(params, Date.valueOf(today)));
        }
        String distance = "NULL::double precision";
        if (criteria.near()) {
            String lat = param(params, criteria.latitude());
            String lon = param(params, criteria.longitude());
            distance = EARTH_RADIUS_KM + " * 2 * asin(sqrt(power(sin(radians(s.latitude - " + lat + ") / 2), 2)"
                    + " + cos(radians(" + lat + ")) * cos(radians(s.latitude)) * power(sin(radians(s.longitude - " + lon
                    + ") / 2), 2)))";
            // A cheap box first (indexed), the exact distance after; mobile therapists come to the client.
            where.append(" AND ((s.practice_setting <> 'MOBILE' AND ").append(box(params, criteria, criteria.radiusKm()))
                    .append(") OR (s.practice_setting = 'MOBILE' AND ").append(box(params, criteria, MAX_SERVICE_RADIUS_KM))
                    .append("))");
        }

        String evidence = criteria.condition() == null ? String.valueOf(Ranking.DEFAULT_PRIOR)
                : "((COALESCE(e.review_count, 0) * COALESCE(e.durable_responder_share, 0) + " + Ranking.PRIOR_WEIGHT + " * "
                        + param(params, prior) + ") / (COALESCE(e.review_count, 0) + " + Ranking.PRIOR_WEIGHT + "))";
        boolean ranksRelevance = criteria.condition() != null || criteria.region() != null;
        String relevance = !ranksRelevance ? "0.5"
                : "(0.6 + 0.4 * LEAST(1.0, (SELECT count(*) FROM unnest(c.techniques) t WHERE t = ANY(CAST("
                        + param(params, array(suited)) + " AS text[]))) / " + (double) Ranking.TECHNIQUES_FOR_FULL_RELEVANCE + "))";
        String proximity = criteria.near() ? "GREATEST(0, 1 - c.distance_km / " + param(params, criteria.radiusKm()) + ")" : "0";
        String evidenceJoin = criteria.condition() == null ? ""
                : " LEFT JOIN outcome_evidence e ON e.therapist_id = c.listing_id AND e.condition_code = "
                        + param(params, criteria.condition());
        String withinReach = !criteria.near() ? "" : " WHERE c.distance_km <= CASE WHEN c.practice_setting = 'MOBILE'"
                + " THEN c.service_radius_km ELSE " + param(params, criteria.radiusKm()) + " END";

        String sql = "WITH c AS (SELECT s.*, " + distance + " AS distance_km FROM search_entry s WHERE " + where + ")"
                + " SELECT c.listing_id, c.display_name, c.practice_setting, c.city, c.distance_km, c.min_price_cents,"
                + " c.currency, c.techniques, c.board_until, c.medical_until, c.insured_until, "
                + (criteria.condition() == null ? "NULL, NULL" : "e.review_count, e.durable_responder_share") + ", "
                + evidence + " AS evidence, "
                + Ranking.RELEVANCE_WEIGHT + " * " + relevance + " + " + Ranking.EVIDENCE_WEIGHT + " * " + evidence + " + "
                + Ranking.PROXIMITY_WEIGHT + " * " + proximity + " AS score"
                + " FROM c" + evidenceJoin + withinReach
                + " ORDER BY score DESC, c.listing_id"
                + " LIMIT " + (criteria.size() + 1) + " OFFSET " + ((long) criteria.page() * criteria.size());
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        boolean hasMore = rows.size() > criteria.size();
        List<SearchResults.Result> items = rows.stream().limit(criteria.size())
                .map(row -> result(row, criteria, suited, today))
                .toList();
        return new SearchResults.Page(items, criteria.page(), criteria.size(), hasMore, guidance(criteria.condition()));
    }

    private SearchResults.Result result(Object[] row, SearchCriteria criteria, List<String> suited, LocalDate today) {
        Double distanceKm = row[4] == null ? null : Math.round(((Number) row[4]).doubleValue() * 10) / 10.0;
        List<String> techniques = Arrays.asList((String[]) row[7]);
        List<String> badges = new ArrayList<>(List.of(Badge.LICENSED.name()));
        if (current(row[8], today)) {
            badges.add(Badge.BOARD_CERTIFIED.name());
        }
        if (current(row[9], today)) {
            badges.add(Badge.MEDICAL_MASSAGE.name());
        }
        if (current(row[10], today)) {
            badges.add(Badge.INSURED.name());
        }
        SearchResults.Evidence evidence = criteria.condition() == null ? null
                : new SearchResults.Evidence(row[11] == null ? 0 : ((Number) row[11]).intValue(),
                        row[12] == null ? null : ((Number) row[12]).doubleValue(),
                        round(((Number) row[13]).doubleValue()));
        List<String> matched = techniques.stream().filter(suited::contains).toList();
        SearchResults.Why why = new SearchResults.Why(criteria.condition(), criteria.region(),
                criteria.condition() == null && criteria.region() == null ? null : matched, evidence, distanceKm);
        return new SearchResults.Result((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], distanceKm,
                BigDecimal.valueOf(((Number) row[5]).longValue(), 2), (String) row[6], badges,
                round(((Number) row[14]).doubleValue()), why);
    }

    private SearchResults.ConditionGuidance guidance(String condition) {
        return condition == null ? null : taxonomy.condition(condition)
                .map(c -> new SearchResults.ConditionGuidance(c.code(), c.name(), c.alsoAssessSummary(), c.alsoAssess()))
                .orElse(null);
    }

    /** The techniques that suit the searched condition, or any condition felt in the searched region. */
    private List<String> suitedTechniques(SearchCriteria criteria) {
        Set<String> suited = new LinkedHashSet<>();
        if (criteria.condition() != null) {
            taxonomy.condition(criteria.condition())
                    .ifPresent(c -> c.suitedTechniques().forEach(t -> suited.add(t.code())));
        } else if (criteria.region() != null) {
            taxonomy.conditions().stream()
                    .filter(c -> c.symptomRegions().stream().anyMatch(r -> r.code().equals(criteria.region())))
                    .forEach(c -> c.suitedTechniques().forEach(t -> suited.add(t.code())));
        }
        return List.copyOf(suited);
    }

    private double prior(String condition) {
        List<?> found = em.createNativeQuery("SELECT platform_share FROM condition_outcome_prior WHERE condition_code = ?1")
                .setParameter(1, condition).getResultList();
        return found.isEmpty() ? Ranking.DEFAULT_PRIOR : ((Number) found.get(0)).doubleValue();
    }

    private static String box(List<Object> params, SearchCriteria criteria, double radiusKm) {
        double latDelta = Math.toDegrees(radiusKm / EARTH_RADIUS_KM);
        double cosLat = Math.cos(Math.toRadians(criteria.latitude()));
        double lonDelta = cosLat < 1e-6 ? 180 : Math.min(180, Math.toDegrees(radiusKm / (EARTH_RADIUS_KM * cosLat)));
        return "s.latitude BETWEEN " + param(params, criteria.latitude() - latDelta) + " AND "
                + param(params, criteria.latitude() + latDelta)
                + " AND s.longitude BETWEEN " + param(params, criteria.longitude() - lonDelta) + " AND "
                + param(params, criteria.longitude() + lonDelta);
    }

    private static boolean current(Object until, LocalDate today) {
        return until != null && !toLocalDate(until).isBefore(today);
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static String param(List<Object> params, Object value) {
        params.add(value);
        return "?" + params.size();
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
