package io.fascia.directory.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.fascia.directory.taxonomy.TaxonomyViews;

/** What a search answers: ranked listings, each with why it matched. */
public final class SearchResults {

    private SearchResults() {
    }

    /**
     * @param reviews               outcome reviews for the searched condition
     * @param durableResponderShare their share of clients whose relief lasted four weeks; null without reviews
     * @param score                 the shrunk evidence used for ranking (see {@link Ranking})
     */
    public record Evidence(int reviews, Double durableResponderShare, double score) {
    }

    /**
     * Why a listing matched: what it treats, which suited techniques it offers, evidence, distance,
     * and for a condition what a thorough therapist will also assess (guidance, never a diagnosis).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Why(String condition, String region, List<String> matchedTechniques, Evidence evidence, Double distanceKm,
            String alsoAssess) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(UUID listingId, String displayName, String practiceSetting, String city, Double distanceKm,
            BigDecimal fromPrice, String currency, List<String> badges, double score, Why why) {
    }

    /** For a condition search: what a thorough therapist will also assess. Guidance, never a diagnosis. */
    public record ConditionGuidance(String code, String name, String alsoAssessSummary,
            List<TaxonomyViews.AssessedRegionView> alsoAssess) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Page(List<Result> items, int page, int size, boolean hasMore, ConditionGuidance condition) {
    }
}
