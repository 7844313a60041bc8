package io.fascia.web.practice;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

import io.fascia.web.api.Models;
import io.fascia.web.place.Gazetteer;

/**
 * The listing editor's form as the therapist typed it: read from the posted fields (or from the
 * saved listing), kept as text so a refused save shows exactly what they entered, and turned into
 * the API's profile request. Whether the values are acceptable is the directory's to say; this
 * class only says what it cannot even send (a number that is not a number, an unknown city).
 */
public final class ListingForm {

    /** Languages offered as checkboxes: the ones most spoken in the places Fascia serves first. */
    public static final Map<String, String> COMMON_LANGUAGES = languages("en", "English", "es", "Spanish", "zh", "Chinese",
            "vi", "Vietnamese", "tl", "Tagalog", "ko", "Korean", "ru", "Russian", "ar", "Arabic", "fr", "French", "de",
            "German", "pt", "Portuguese", "ja", "Japanese");

    public String displayName = "";
    public String bio = "";
    public String practiceSetting = "";
    public String street = "";
    public String city = "";
    public String region = "";
    public String postalCode = "";
    public String country = "";
    public String place = "";
    public String latitude = "";
    public String longitude = "";
    public String serviceRadiusKm = "";
    public String timeZone = "";
    public List<String> languages = new ArrayList<>();
    public String otherLanguages = "";
    public boolean acceptsReferrals;
    public String cancellationWindowHours = "24";
    public List<String> techniques = new ArrayList<>();
    public List<String> toolsAllowed = new ArrayList<>();
    public List<String> conditions = new ArrayList<>();
    public final Map<String, String> errors = new LinkedHashMap<>();

    public static ListingForm of(Models.Listing listing) {
        ListingForm form = new ListingForm();
        form.displayName = text(listing.displayName());
        form.bio = text(listing.bio());
        form.practiceSetting = text(listing.practiceSetting());
        if (listing.address() != null) {
            form.street = text(listing.address().street());
            form.city = text(listing.address().city());
            form.region = text(listing.address().region());
            form.postalCode = text(listing.address().postalCode());
            form.country = text(listing.address().country());
        }
        if (listing.location() != null && listing.location().latitude() != null) {
            form.latitude = String.valueOf(listing.location().latitude());
            form.longitude = String.valueOf(listing.location().longitude());
        }
        form.serviceRadiusKm = listing.serviceRadiusKm() == null ? "" : listing.serviceRadiusKm().toString();
        form.timeZone = text(listing.timeZone());
        for (String code : listing.languages() == null ? List.<String> of() : listing.languages()) {
            if (COMMON_LANGUAGES.containsKey(code)) {
                form.languages.add(code);
            } else {
                form.otherLanguages = form.otherLanguages.isEmpty() ? code : form.otherLanguages + ", " + code;
            }
        }
        form.acceptsReferrals = listing.acceptsReferrals();
        form.cancellationWindowHours = String.valueOf(listing.cancellationWindowHours());
        for (Models.ListingTechnique t : listing.techniques()) {
            form.techniques.add(t.code());
            if (Boolean.TRUE.equals(t.toolsAllowed())) {
                form.toolsAllowed.add(t.code());
            }
        }
        listing.conditions().forEach(c -> form.conditions.add(c.code()));
        return form;
    }

    public static ListingForm posted(MultivaluedMap<String, String> fields) {
        ListingForm form = new ListingForm();
        form.displayName = one(fields, "displayName");
        form.bio = one(fields, "bio");
        form.practiceSetting = one(fields, "practiceSetting");
        form.street = one(fields, "street");
        form.city = one(fields, "city");
        form.region = one(fields, "region");
        form.postalCode = one(fields, "postalCode");
        form.country = one(fields, "country").toUpperCase(java.util.Locale.ROOT);
        form.place = one(fields, "place");
        form.latitude = one(fields, "latitude");
        form.longitude = one(fields, "longitude");
        form.serviceRadiusKm = one(fields, "serviceRadiusKm");
        form.timeZone = one(fields, "timeZone");
        form.languages = all(fields, "languages");
        form.otherLanguages = one(fields, "otherLanguages");
        form.acceptsReferrals = "yes".equals(one(fields, "acceptsReferrals"));
        form.cancellationWindowHours = one(fields, "cancellationWindowHours");
        form.techniques = all(fields, "techniques");
        form.toolsAllowed = all(fields, "toolsAllowed");
        form.conditions = all(fields, "conditions");
        return form;
    }

    /**
     * The profile to send, or empty with {@link #errors} filled when a field cannot be read at all.
     * A city chosen from the suggestions gives the coordinates; typed coordinates win over it.
     */
    public Optional<Models.ProfileRequest> request(Gazetteer gazetteer) {
        errors.clear();
        Double lat = decimal("latitude", latitude);
        Double lon = decimal("longitude", longitude);
        if (lat == null && lon == null && !place.isBlank()) {
            Optional<Gazetteer.Place> found = gazetteer.find(place);
            if (found.isEmpty()) {
                errors.put("place", "is not a city we know: choose one from the suggestions, or enter coordinates");
            } else {
                lat = found.get().latitude();
                lon = found.get().longitude();
                latitude = String.valueOf(lat);
                longitude = String.valueOf(lon);
            }
        } else if ((lat == null) != (lon == null) && !errors.containsKey("latitude") && !errors.containsKey("longitude")) {
            errors.put(lat == null ? "latitude" : "longitude", "is needed with the other coordinate");
        }
        Integer radius = whole("serviceRadiusKm", serviceRadiusKm);
        Integer window = whole("cancellationWindowHours", cancellationWindowHours);
        if (!timeZone.isBlank()) {
            try {
                ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                errors.put("timeZone", "is not a time zone: choose one such as America/Chicago from the list");
            }
        }
        List<String> codes = new ArrayList<>(languages);
        for (String code : otherLanguages.split("[,\\s]+")) {
            if (!code.isBlank() && !codes.contains(code.strip().toLowerCase(java.util.Locale.ROOT))) {
                codes.add(code.strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        boolean hasAddress = !(street.isBlank() && city.isBlank() && region.isBlank() && postalCode.isBlank()
                && country.isBlank());
        return Optional.of(new Models.ProfileRequest(displayName, blankToNull(bio), blankToNull(practiceSetting),
                hasAddress ? new Models.Address(blankToNull(street), blankToNull(city), blankToNull(region),
                        blankToNull(postalCode), blankToNull(country)) : null,
                lat == null ? null : new Models.Location(lat, lon), radius, timeZone, codes, acceptsReferrals, window,
                techniques.stream().map(code -> new Models.TechniqueChoice(code, toolsAllowed.contains(code))).toList(),
                List.copyOf(conditions)));
    }

    public boolean has(List<String> chosen, String code) {
        return chosen.contains(code);
    }

    public String error(String field) {
        return errors.get(field);
    }

    private Double decimal(String field, String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "must be a number such as 45.52");
            return null;
        }
    }

    private Integer whole(String field, String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "must be a whole number");
            return null;
        }
    }

    static String one(MultivaluedMap<String, String> fields, String name) {
        String value = fields.getFirst(name);
        return value == null ? "" : value.strip();
    }

    static List<String> all(MultivaluedMap<String, String> fields, String name) {
        List<String> values = fields.get(name);
        return values == null ? new ArrayList<>() : new ArrayList<>(values.stream().filter(v -> !v.isBlank()).toList());
    }

    /** Every value of a repeated field, blanks included, so rows stay aligned. */
    static List<String> all0(MultivaluedMap<String, String> fields, String name) {
        List<String> values = fields.get(name);
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Map<String, String> languages(String... codesAndNames) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            map.put(codesAndNames[i], codesAndNames[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
