package io.fascia.directory.search;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import io.fascia.directory.standing.Badge;
import io.fascia.directory.standing.ListingStandings;
import io.fascia.directory.taxonomy.Taxonomy;
import io.fascia.directory.taxonomy.TaxonomyViews;

/**
 * Matching search: filters on the search entries, ranks in the database (see {@link Ranking}
 * and {@link SearchSql}) and explains each result. One statement per page.
 */
@ApplicationScoped
public class SearchService {

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
        SearchSql sql = SearchSql.of(criteria, suited, today);
        Query query = em.createNativeQuery(sql.sql(), Tuple.class);
        for (int i = 0; i < sql.params().size(); i++) {
            query.setParameter(i + 1, sql.params().get(i));
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        boolean hasMore = rows.size() > criteria.size();
        List<SearchResults.Result> items = rows.stream().limit(criteria.size())
                .map(row -> result(row, criteria, suited, today))
                .toList();
        return new SearchResults.Page(items, criteria.page(), criteria.size(), hasMore, guidance(criteria.condition()));
    }

    private SearchResults.Result result(Tuple row, SearchCriteria criteria, List<String> suited, LocalDate today) {
        Number distance = row.get("distance_km", Number.class);
        Double distanceKm = distance == null ? null : Math.round(distance.doubleValue() * 10) / 10.0;
        List<String> techniques = Arrays.asList(row.get("techniques", String[].class));
        List<String> badges = new ArrayList<>(List.of(Badge.LICENSED.name()));
        if (current(row.get("board_until"), today)) {
            badges.add(Badge.BOARD_CERTIFIED.name());
        }
        if (current(row.get("medical_until"), today)) {
            badges.add(Badge.MEDICAL_MASSAGE.name());
        }
        if (current(row.get("insured_until"), today)) {
            badges.add(Badge.INSURED.name());
        }
        Number reviews = row.get("review_count", Number.class);
        Number settled = row.get("settled_review_count", Number.class);
        Number durableShare = row.get("durable_responder_share", Number.class);
        SearchResults.Evidence evidence = criteria.condition() == null ? null
                : new SearchResults.Evidence(reviews == null ? 0 : reviews.intValue(), settled == null ? 0 : settled.intValue(),
                        settledShare(settled, durableShare),
                        round(row.get("evidence", Number.class).doubleValue()));
        List<String> matched = techniques.stream().filter(suited::contains).toList();
        String alsoAssess = criteria.condition() == null ? null
                : taxonomy.condition(criteria.condition()).map(TaxonomyViews.ConditionView::alsoAssessSummary).orElse(null);
        Number relaxationReviews = row.get("relaxation_review_count", Number.class);
        SearchResults.RelaxationEvidence relaxation = relaxationReviews == null || relaxationReviews.intValue() == 0 ? null
                : relaxationEvidence(relaxationReviews.intValue(), row.get("relaxation_settled_review_count", Number.class),
                        row.get("relaxation_durable_responder_share", Number.class));
        SearchResults.Why why = new SearchResults.Why(criteria.condition(), criteria.region(),
                criteria.condition() == null && criteria.region() == null ? null : matched, evidence, relaxation, distanceKm,
                alsoAssess);
        return new SearchResults.Result(row.get("listing_id", UUID.class), row.get("display_name", String.class),
                row.get("practice_setting", String.class), row.get("city", String.class), distanceKm,
                BigDecimal.valueOf(row.get("min_price_cents", Number.class).longValue(), 2), row.get("currency", String.class),
                badges, round(row.get("score", Number.class).doubleValue()), why, openings(row));
    }

    /** The row's next open starts in the therapist's zone, from booking's published openings. */
    private static SearchResults.NextOpenings openings(Tuple row) {
        Object starts = row.get("next_starts");
        String zone = row.get("opening_zone", String.class);
        if (!(starts instanceof Object[] epochSeconds) || zone == null) {
            return null;
        }
        ZoneId in = ZoneId.of(zone);
        List<OffsetDateTime> local = Arrays.stream(epochSeconds)
                .map(v -> Instant.ofEpochSecond(((Number) v).longValue()).atZone(in).toOffsetDateTime()).toList();
        return local.isEmpty() ? null : new SearchResults.NextOpenings(local.get(0), local, zone);
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

    private static SearchResults.RelaxationEvidence relaxationEvidence(int reviews, Number settled, Number durableShare) {
        return new SearchResults.RelaxationEvidence(reviews, settled.intValue(), settledShare(settled, durableShare));
    }

    /** A durable share means something only over settled reviews: null while none is. */
    private static Double settledShare(Number settled, Number durableShare) {
        return durableShare == null || settled == null || settled.intValue() == 0 ? null : durableShare.doubleValue();
    }

    private static boolean current(Object until, LocalDate today) {
        return until != null && !toLocalDate(until).isBefore(today);
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
