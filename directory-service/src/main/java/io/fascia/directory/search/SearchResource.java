package io.fascia.directory.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fascia.directory.listing.Offering;
import io.fascia.directory.standing.Badge;
import io.fascia.directory.taxonomy.Taxonomy;
import io.fascia.directory.taxonomy.TaxonomyCode;
import io.fascia.directory.taxonomy.TaxonomyViews;
import io.fascia.platform.web.QueryParams;

/**
 * {@code GET /api/v1/directory/search}: public matching search, anonymous allowed. Every filter
 * is optional; the order is explained in {@link Ranking}.
 */
@Tag(name = "Search",
        description = "Matching search: therapists for a condition or body region near a place, ranked by verified outcomes for "
        + "that condition.")
@Path("/api/v1/directory/search")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchService search;

    @Inject
    Taxonomy taxonomy;

    /**
     * @param near          "latitude,longitude" of the client, such as {@code 45.52,-122.68}
     * @param radiusKm      how far from {@code near} to look (default 25 km, at most 500)
     * @param technique     techniques that must all be offered (repeatable)
     * @param toolTechnique tool-based techniques that must be offered with the tools allowed (repeatable)
     * @param maxPrice      the highest acceptable price of the cheapest offering (of {@code offeringKind})
     * @param badge         badges that must all be current
     * @param sessionType   MEDICAL or RELAXATION: an offering of that type must be given (repeatable)
     */
    @Operation(summary = "Find therapists",
            description = "Every filter is optional. Results are ordered by evidence of lasting relief for the condition, then "
            + "distance; each says why it matched.")
    @GET
    public SearchResults.Page search(
            @QueryParam("condition") @Parameter(description = "A condition code from the taxonomy, such as upper-back-pain.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 64, pattern = "^[a-z0-9-]+$")) String condition,
            @QueryParam("region") @Parameter(description = "A body region code from the taxonomy.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 64, pattern = "^[a-z0-9-]+$")) String region,
            @QueryParam("technique") @Parameter(description = "Techniques that must all be offered (repeatable).",
                    schema = @Schema(type = SchemaType.ARRAY, maxItems = 20, implementation = TaxonomyCode.class)) List<@Size(max = 64) String> technique,
            @QueryParam("toolTechnique") @Parameter(description = "Tool-based techniques that must be offered with their tools (repeatable).",
                    schema = @Schema(type = SchemaType.ARRAY, maxItems = 20, implementation = TaxonomyCode.class)) List<@Size(max = 64) String> toolTechnique,
            @QueryParam("near") @Parameter(description = "latitude,longitude of the client, such as 45.52,-122.68.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40, pattern = "^-?[0-9.]+,-?[0-9.]+$")) String near,
            @QueryParam("radiusKm") @Parameter(description = "How far from near to look, in km.",
                    schema = @Schema(type = SchemaType.NUMBER, minimum = "1", maximum = "500", defaultValue = "25")) String radiusKm,
            @QueryParam("language") @Parameter(description = "A language the therapist speaks, as ISO 639-1.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = "^[a-z]{2}$")) String language,
            @QueryParam("maxPrice") @Parameter(description = "The highest price of the cheapest offering (of offeringKind), in the listing's currency.",
                    schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "21474836")) String maxPrice,
            @QueryParam("offeringKind") @Parameter(description = "The kind of session the price applies to.",
                    schema = @Schema(implementation = Offering.Kind.class)) String offeringKind,
            @QueryParam("acceptsReferrals") @Parameter(description = "Only therapists who take referrals from physicians.",
                    schema = @Schema(enumeration = { "true", "false" })) String acceptsReferrals,
            @QueryParam("badge") @Parameter(description = "Badges that must all be current (repeatable).",
                    schema = @Schema(type = SchemaType.ARRAY, maxItems = 10, implementation = Badge.class)) List<@Size(max = 64) String> badge,
            @QueryParam("sessionType") @Parameter(description = "An offering of this type must be given.",
                    schema = @Schema(implementation = Offering.SessionType.class)) String sessionType,
            @QueryParam("availableWithinDays") @Parameter(description = "Only therapists with an open start (of offeringKind, "
                    + "when given) within this many days.", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                            minimum = "1", maximum = "" + SearchCriteria.MAX_AVAILABLE_WITHIN_DAYS)) String availableWithinDays,
            @QueryParam("page") @Parameter(description = "Which page, from 0.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0",
                            maximum = "" + QueryParams.MAX_PAGE, defaultValue = "0")) String page,
            @QueryParam("size") @Parameter(description = "How many results a page holds.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                            maximum = "" + SearchResults.MAX_SIZE, defaultValue = "20")) String size) {
        QueryParams params = new QueryParams();
        if (condition != null && taxonomy.condition(condition).isEmpty()) {
            params.reject("condition", "'" + condition + "' is not a known condition");
        }
        if (region != null && taxonomy.region(region).isEmpty()) {
            params.reject("region", "'" + region + "' is not a known body region");
        }
        List<String> techniques = known(technique, "technique", params, false);
        List<String> toolTechniques = known(toolTechnique, "toolTechnique", params, true);
        Double latitude = null;
        Double longitude = null;
        if (near != null) {
            String[] parts = near.split(",");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                latitude = Double.parseDouble(parts[0].strip());
                longitude = Double.parseDouble(parts[1].strip());
                if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180 || latitude.isNaN() || longitude.isNaN()) {
                    params.reject("near", "is not a place on Earth: latitude -90..90, longitude -180..180");
                }
            } catch (NumberFormatException e) {
                params.reject("near", "must be 'latitude,longitude', such as '45.52,-122.68'");
            }
        }
        double radius = params.decimal("radiusKm", radiusKm, 25, 1, 500);
        if (language != null && !language.matches("^[a-z]{2}$")) {
            params.reject("language", "must be an ISO 639-1 code such as 'en'");
        }
        Integer maxPriceCents = null;
        if (maxPrice != null) {
            try {
                BigDecimal price = new BigDecimal(maxPrice);
                if (price.signum() < 0) {
                    params.reject("maxPrice", "must not be negative");
                } else {
                    maxPriceCents = price.movePointRight(2).min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
                }
            } catch (NumberFormatException e) {
                params.reject("maxPrice", "must be a number such as '120' or '99.50'");
            }
        }
        Offering.Kind kind = enumValue(Offering.Kind.class, offeringKind, "offeringKind", params);
        Offering.SessionType type = enumValue(Offering.SessionType.class, sessionType, "sessionType", params);
        Boolean referrals = null;
        if (acceptsReferrals != null) {
            if (!acceptsReferrals.equals("true") && !acceptsReferrals.equals("false")) {
                params.reject("acceptsReferrals", "must be true or false");
            } else {
                referrals = Boolean.valueOf(acceptsReferrals);
            }
        }
        List<Badge> badges = new ArrayList<>();
        for (String b : badge == null ? List.<String> of() : badge) {
            Badge parsed = enumValue(Badge.class, b, "badge", params);
            if (parsed != null) {
                badges.add(parsed);
            }
        }
        Integer withinDays = availableWithinDays == null || availableWithinDays.isBlank() ? null
                : params.integer("availableWithinDays", availableWithinDays, 0, 1, SearchCriteria.MAX_AVAILABLE_WITHIN_DAYS);
        int pageNumber = params.integer("page", page, 0, 0, QueryParams.MAX_PAGE);
        int pageSize = params.integer("size", size, QueryParams.DEFAULT_SIZE, 1, SearchResults.MAX_SIZE);
        params.check();
        return search.search(new SearchCriteria(condition, region, techniques, toolTechniques, latitude, longitude, radius,
                language, maxPriceCents, kind, referrals, badges, pageNumber, pageSize, type, withinDays));
    }

    private List<String> known(List<String> codes, String field, QueryParams params, boolean toolsOnly) {
        List<String> valid = new ArrayList<>();
        for (String code : codes == null ? List.<String> of() : codes) {
            var technique = taxonomy.technique(code);
            if (technique.isEmpty()) {
                params.reject(field, "'" + code + "' is not a known technique");
            } else if (toolsOnly && !technique.map(TaxonomyViews.TechniqueView::usesTools).orElse(false)) {
                params.reject(field, "'" + code + "' does not use tools; use 'technique'");
            } else {
                valid.add(code);
            }
        }
        return valid;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field, QueryParams params) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            params.reject(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }
}
