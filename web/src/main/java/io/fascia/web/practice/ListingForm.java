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
import io.fascia.web.common.FormValues;
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
        form.displayName = orEmpty(listing.displayName());
        form.bio = orEmpty(listing.bio());
        form.practiceSetting = orEmpty(listing.practiceSetting());
        if (listing.address() != null) {
            form.street = orEmpty(listing.address().street());
            form.city = orEmpty(listing.address().city());
            form.region = orEmpty(listing.address().region());
            form.postalCode = orEmpty(listing.address().postalCode());
            form.country = orEmpty(listing.address().country());
        }
        if (listing.location() != null && listing.location().latitude() != null) {
            form.latitude = String.valueOf(listing.location().latitude());
            form.longitude = String.valueOf(listing.location().longitude());
        }
        form.serviceRadiusKm = listing.serviceRadiusKm() == null ? "" : listing.serviceRadiusKm().toString();
        form.timeZone = orEmpty(listing.timeZone());
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
        form.displayName = FormValues.one(fields, "displayName");
        form.bio = FormValues.one(fields, "bio");
        form.practiceSetting = FormValues.one(fields, "practiceSetting");
        form.street = FormValues.one(fields, "street");
        form.city = FormValues.one(fields, "city");
        form.region = FormValues.one(fields, "region");
        form.postalCode = FormValues.one(fields, "postalCode");
        form.country = FormValues.one(fields, "country").toUpperCase(java.util.Locale.ROOT);
        form.place = FormValues.one(fields, "place");
        form.latitude = FormValues.one(fields, "latitude");
        form.longitude = FormValues.one(fields, "longitude");
        form.serviceRadiusKm = FormValues.one(fields, "serviceRadiusKm");
        form.timeZone = FormValues.one(fields, "timeZone");
        form.languages = FormValues.chosen(fields, "languages");
        form.otherLanguages = FormValues.one(fields, "otherLanguages");
        form.acceptsReferrals = "yes".equals(FormValues.one(fields, "acceptsReferrals"));
        form.cancellationWindowHours = FormValues.one(fields, "cancellationWindowHours");
        form.techniques = FormValues.chosen(fields, "techniques");
        form.toolsAllowed = FormValues.chosen(fields, "toolsAllowed");
        form.conditions = FormValues.chosen(fields, "conditions");
        return form;
    }

    /**
     * The profile to send, or empty with {@link #errors} filled when a field cannot be read at all.
     * A city chosen from the suggestions gives the coordinates; typed coordinates win over it.
     */
    public Optional<Models.ProfileRequest> request(Gazetteer gazetteer) {
        errors.clear();
        Double lat = coordinate("latitude", latitude);
        Double lon = coordinate("longitude", longitude);
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
        Integer radius = FormValues.whole("serviceRadiusKm", serviceRadiusKm, errors);
        Integer window = FormValues.whole("cancellationWindowHours", cancellationWindowHours, errors);
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
        return Optional.of(new Models.ProfileRequest(displayName, FormValues.orNull(bio), FormValues.orNull(practiceSetting),
                hasAddress ? new Models.Address(FormValues.orNull(street), FormValues.orNull(city), FormValues.orNull(region),
                        FormValues.orNull(postalCode), FormValues.orNull(country)) : null,
                lat == null ? null : new Models.Location(lat, lon), radius, timeZone, codes, acceptsReferrals, window,
                techniques.stream().map(code -> new Models.TechniqueChoice(code, toolsAllowed.contains(code))).toList(),
                List.copyOf(conditions)));
    }

    private Double coordinate(String field, String value) {
        java.math.BigDecimal number = FormValues.decimal(field, value, errors, "must be a number such as 45.52");
        return number == null ? null : number.doubleValue();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public boolean has(List<String> chosen, String code) {
        return chosen.contains(code);
    }

    public String error(String field) {
        return errors.get(field);
    }

    private static Map<String, String> languages(String... codesAndNames) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            map.put(codesAndNames[i], codesAndNames[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
