package io.fascia.directory.search;

import java.util.List;

import io.fascia.directory.listing.Offering;
import io.fascia.directory.standing.Badge;

/**
 * A client's question, already checked: every code exists, the location is on Earth.
 *
 * @param techniques     every one must be offered
 * @param toolTechniques tool-based techniques that must be offered with the tools allowed
 * @param maxPriceCents  the cheapest offering (of {@code offeringKind}, when given) must not cost more
 * @param badges         every one must be current
 * @param sessionType    an offering of this type (medical or relaxation) must be given, when set
 * @param availableWithinDays the therapist must have an open start (of {@code offeringKind}, when
 *                       given) within this many days, when set
 */
public record SearchCriteria(String condition, String region, List<String> techniques, List<String> toolTechniques,
        Double latitude, Double longitude, double radiusKm, String language, Integer maxPriceCents,
        Offering.Kind offeringKind, Boolean acceptsReferrals, List<Badge> badges, int page, int size,
        Offering.SessionType sessionType, Integer availableWithinDays) {

    /** The longest "available within" a search may ask: as far as any therapist takes bookings. */
    public static final int MAX_AVAILABLE_WITHIN_DAYS = 365;

    /** A question without an availability filter. */
    public SearchCriteria(String condition, String region, List<String> techniques, List<String> toolTechniques,
            Double latitude, Double longitude, double radiusKm, String language, Integer maxPriceCents,
            Offering.Kind offeringKind, Boolean acceptsReferrals, List<Badge> badges, int page, int size,
            Offering.SessionType sessionType) {
        this(condition, region, techniques, toolTechniques, latitude, longitude, radiusKm, language, maxPriceCents, offeringKind,
                acceptsReferrals, badges, page, size, sessionType, null);
    }

    public boolean near() {
        return latitude != null;
    }
}
