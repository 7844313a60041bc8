package io.fascia.directory.listing;

import java.util.Map;

/** Request bodies a real therapist would send. */
public final class ListingFixtures {

    private ListingFixtures() {
    }

    public static Map<String, Object> profile(String name) {
        return Map.ofEntries(
                Map.entry("displayName", name),
                Map.entry("bio", "Medical massage for chronic neck and back pain. Assessment first, always."),
                Map.entry("practiceSetting", "INDEPENDENT"),
                Map.entry("address", Map.of("street", "12 Elm St", "city", "Portland", "region", "OR",
                        "postalCode", "97205", "country", "US")),
                Map.entry("location", Map.of("latitude", 45.5152, "longitude", -122.6784)),
                Map.entry("timeZone", "America/Los_Angeles"),
                Map.entry("languages", java.util.List.of("en", "es")),
                Map.entry("acceptsReferrals", true),
                Map.entry("cancellationWindowHours", 24),
                Map.entry("techniques", java.util.List.of(
                        Map.of("code", "myofascial-release"),
                        Map.of("code", "iastm", "toolsAllowed", false))),
                Map.entry("conditions", java.util.List.of("upper-back-pain", "tension-headache")));
    }

    static Map<String, Object> withField(Map<String, Object> base, String key, Object value) {
        java.util.HashMap<String, Object> copy = new java.util.HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    public static Map<String, Object> assessment() {
        return Map.of("kind", "INITIAL_ASSESSMENT", "title", "Initial assessment and treatment", "minutes", 90,
                "price", "140.00", "currency", "USD", "sessionType", "MEDICAL");
    }

    static ListingRequests.ProfileRequest profileRequest(String name) {
        return new ListingRequests.ProfileRequest(name, "Assessment first, always.", Listing.PracticeSetting.INDEPENDENT,
                new ListingRequests.Address("12 Elm St", "Portland", "OR", "97205", "US"),
                new ListingRequests.Location(45.5152, -122.6784), null, "America/Los_Angeles", java.util.List.of("en"),
                true, 24, java.util.List.of(new ListingRequests.TechniqueChoice("myofascial-release", null)),
                java.util.List.of("upper-back-pain"));
    }

    static ListingRequests.OfferingRequest assessmentRequest() {
        return new ListingRequests.OfferingRequest(Offering.Kind.INITIAL_ASSESSMENT, "Initial assessment", 90,
                new java.math.BigDecimal("140.00"), "USD", Offering.SessionType.MEDICAL);
    }
}
