package io.fascia.directory.search;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.fascia.directory.listing.Listing;
import io.fascia.directory.listing.ListingRequests;
import io.fascia.directory.standing.Badge;
import io.fascia.directory.taxonomy.TaxonomyViews;
import io.fascia.platform.openapi.Bounds;
import io.fascia.platform.openapi.Formats;
import io.fascia.platform.web.QueryParams;

/** What a search answers: ranked listings, each with why it matched. */
public final class SearchResults {

    /** The most results one page holds. */
    public static final int MAX_SIZE = 50;

    private SearchResults() {
    }

    /**
     * @param reviews               outcome reviews for the searched condition
     * @param settledReviews        those whose 4-week check-in has closed; the others are pending
     * @param durableResponderShare the share of the settled reviews whose relief lasted four weeks; null
     *                              while none is settled
     * @param score                 the shrunk evidence used for ranking (see {@link Ranking})
     */
    public record Evidence(@Min(0) @Max(Integer.MAX_VALUE) int reviews, @Min(0) @Max(Integer.MAX_VALUE) int settledReviews,
            Double durableResponderShare, double score) {
    }

    /**
     * What clients reported after the listing's relaxation sessions for the searched condition,
     * shown apart: search never ranks by it.
     *
     * @param durableResponderShare the share of the settled reviews whose relief lasted four weeks; null
     *                              while none is settled
     */
    public record RelaxationEvidence(@Min(1) @Max(Integer.MAX_VALUE) int reviews,
            @Min(0) @Max(Integer.MAX_VALUE) int settledReviews, Double durableResponderShare) {
    }

    /**
     * Why a listing matched: what it treats, which suited techniques it offers, evidence, distance,
     * and for a condition what a thorough therapist will also assess (guidance, never a diagnosis).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Why(@Size(max = Bounds.TAXONOMY_CODE) @Schema(pattern = Bounds.TAXONOMY_CODE_PATTERN) String condition,
            @Size(max = Bounds.TAXONOMY_CODE) @Schema(pattern = Bounds.TAXONOMY_CODE_PATTERN) String region,
            @Size(max = TaxonomyViews.PER_CONDITION_MAX) List<@Size(max = Bounds.TAXONOMY_CODE) @Pattern(regexp = Bounds.TAXONOMY_CODE_PATTERN) String> matchedTechniques,
            Evidence evidence, RelaxationEvidence relaxationEvidence, Double distanceKm,
            @Size(max = TaxonomyViews.SUMMARY_MAX) String alsoAssess) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(UUID listingId, @Size(max = ListingRequests.DISPLAY_NAME_MAX) String displayName,
            @Schema(implementation = Listing.PracticeSetting.class) String practiceSetting,
            @Size(max = ListingRequests.PLACE_MAX) String city, Double distanceKm, BigDecimal fromPrice,
            @Size(min = Bounds.CURRENCY, max = Bounds.CURRENCY) @Schema(pattern = Bounds.CURRENCY_PATTERN) String currency,
            @Schema(type = SchemaType.ARRAY, implementation = Badge.class, maxItems = Badge.COUNT) List<String> badges,
            double score, Why why, @Schema(nullable = true) NextOpenings nextOpenings) {
    }

    /**
     * When the therapist is next free, as booking last published it (of the offering kind searched
     * for, when given): the soonest start and up to two more, with the zone their offsets are in.
     * Null when none is known to be open.
     */
    public record NextOpenings(OffsetDateTime next, @Size(min = 1, max = 3) List<OffsetDateTime> starts,
            @Schema(description = Formats.TIME_ZONE_DESCRIPTION, pattern = Formats.TIME_ZONE, maxLength = 64) String timeZone) {
    }

    /** For a condition search: what a thorough therapist will also assess. Guidance, never a diagnosis. */
    public record ConditionGuidance(@Size(max = Bounds.TAXONOMY_CODE) @Schema(pattern = Bounds.TAXONOMY_CODE_PATTERN) String code,
            @Size(max = TaxonomyViews.NAME_MAX) String name, @Size(max = TaxonomyViews.SUMMARY_MAX) String alsoAssessSummary,
            @Size(max = TaxonomyViews.PER_CONDITION_MAX) List<TaxonomyViews.AssessedRegionView> alsoAssess) {
    }

    /**
     * The shape of every page, but without {@code total}: counting every match would cost what
     * fetching one result more than the page ({@code hasMore}) saves.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Page(@Size(max = MAX_SIZE) List<Result> items, @Min(0) @Max(QueryParams.MAX_PAGE) int page,
            @Min(1) @Max(MAX_SIZE) int size, boolean hasMore, ConditionGuidance condition) {
    }
}
