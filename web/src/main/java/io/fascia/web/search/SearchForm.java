package io.fascia.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.RestQuery;

/**
 * The search form as the address bar carries it, so every search is a shareable GET URL. Field
 * names are the API's, except {@code place} (a city of the gazetteer) and {@code near} (the
 * browser's own position, "near me").
 */
public class SearchForm {

    @RestQuery
    public String condition;
    @RestQuery
    public String region;
    @RestQuery
    public String place;
    @RestQuery
    public String near;
    @RestQuery
    public String radiusKm;
    @RestQuery
    public List<String> technique;
    @RestQuery
    public List<String> toolTechnique;
    @RestQuery
    public String offeringKind;
    /** MEDICAL or RELAXATION. */
    @RestQuery
    public String sessionType;
    /** Only therapists with an open start within this many days. */
    @RestQuery
    public String availableWithinDays;
    @RestQuery
    public String maxPrice;
    @RestQuery
    public String language;
    @RestQuery
    public List<String> badge;
    @RestQuery
    public String acceptsReferrals;
    @RestQuery
    public Integer page;

    /** Whether the visitor asked anything yet (an empty form shows the form alone). */
    public boolean asked() {
        return present(condition) || present(region) || present(place) || present(near);
    }

    public int pageNumber() {
        return page == null || page < 0 ? 0 : page;
    }

    public boolean hasTechnique(String code) {
        return technique != null && technique.contains(code);
    }

    public boolean hasTool(String code) {
        return toolTechnique != null && toolTechnique.contains(code);
    }

    public boolean hasBadge(String code) {
        return badge != null && badge.contains(code);
    }

    /** The API's query for this form; {@code nearCoordinates} is where the search is centred, if anywhere. */
    MultivaluedMap<String, String> apiQuery(String nearCoordinates, int size) {
        MultivaluedMap<String, String> q = new MultivaluedHashMap<>();
        put(q, "condition", condition);
        put(q, "region", region);
        if (nearCoordinates != null) {
            q.add("near", nearCoordinates);
            put(q, "radiusKm", radiusKm);
        }
        for (String t : nonBlank(technique)) {
            q.add("technique", t);
        }
        for (String t : nonBlank(toolTechnique)) {
            q.add("toolTechnique", t);
        }
        put(q, "offeringKind", offeringKind);
        put(q, "sessionType", sessionType);
        put(q, "availableWithinDays", availableWithinDays);
        put(q, "maxPrice", maxPrice);
        put(q, "language", language);
        for (String b : nonBlank(badge)) {
            q.add("badge", b);
        }
        put(q, "acceptsReferrals", "true".equals(acceptsReferrals) ? "true" : null);
        q.add("page", String.valueOf(pageNumber()));
        q.add("size", String.valueOf(size));
        return q;
    }

    /** This form's URL on another page of results. */
    public String urlOfPage(int number) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : Map.<String, Object> of("condition", opt(condition), "region", opt(region),
                "place", opt(place), "near", opt(near), "radiusKm", opt(radiusKm), "offeringKind", opt(offeringKind),
                "maxPrice", opt(maxPrice), "language", opt(language), "acceptsReferrals", opt(acceptsReferrals),
                "sessionType", opt(sessionType)).entrySet()) {
            if (!e.getValue().toString().isEmpty()) {
                parts.add(e.getKey() + "=" + enc(e.getValue().toString()));
            }
        }
        nonBlank(technique).forEach(t -> parts.add("technique=" + enc(t)));
        nonBlank(toolTechnique).forEach(t -> parts.add("toolTechnique=" + enc(t)));
        nonBlank(badge).forEach(b -> parts.add("badge=" + enc(b)));
        if (present(availableWithinDays)) {
            parts.add("availableWithinDays=" + enc(availableWithinDays));
        }
        parts.sort(null);
        if (number > 0) {
            parts.add("page=" + number);
        }
        return "/search" + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
    }

    /** What the visitor could loosen when nothing matched, in the words of the form. */
    List<String> whatToRelax() {
        List<String> relax = new ArrayList<>();
        if (present(place) || present(near)) {
            relax.add("a larger distance than " + (present(radiusKm) ? radiusKm : "25") + " km");
        }
        if (!nonBlank(technique).isEmpty() || !nonBlank(toolTechnique).isEmpty()) {
            relax.add("fewer techniques or tools");
        }
        if (present(maxPrice)) {
            relax.add("a higher price limit than " + maxPrice);
        }
        if (!nonBlank(badge).isEmpty()) {
            relax.add("fewer required credentials");
        }
        if (present(language)) {
            relax.add("any language");
        }
        if (present(offeringKind) || present(sessionType)) {
            relax.add("any kind of session");
        }
        if (present(availableWithinDays)) {
            relax.add("a later first opening than " + availableWithinDays + " days");
        }
        if ("true".equals(acceptsReferrals)) {
            relax.add("therapists who don't take physician referrals too");
        }
        if (present(region) && present(condition)) {
            relax.add("the condition or the body region alone");
        }
        return relax;
    }

    private static void put(MultivaluedMap<String, String> q, String name, String value) {
        if (present(value)) {
            q.add(name, value.strip());
        }
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(SearchForm::present).toList();
    }

    private static String opt(String value) {
        return present(value) ? value.strip() : "";
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
