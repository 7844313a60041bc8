package io.fascia.web.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.fascia.web.api.Api;
import io.fascia.web.api.Models;

/**
 * The public taxonomy (conditions, regions, techniques) that every search form and label needs.
 * It changes with a release, not per request, so it is read at most every ten minutes.
 */
@ApplicationScoped
public class TaxonomyCache {

    private static final Duration FRESH_FOR = Duration.ofMinutes(10);

    @Inject
    Api api;

    private volatile Models.Taxonomy taxonomy;
    private volatile Map<String, String> names = Map.of();
    private volatile Instant readAt = Instant.EPOCH;

    public Models.Taxonomy get() {
        Models.Taxonomy current = taxonomy;
        if (current == null || Instant.now().isAfter(readAt.plus(FRESH_FOR))) {
            current = api.call(c -> c.taxonomy());
            Map<String, String> byCode = new java.util.HashMap<>();
            current.conditions().forEach(c -> byCode.put(c.code(), c.name()));
            current.regions().forEach(r -> byCode.put(r.code(), r.name()));
            current.techniques().forEach(x -> byCode.put(x.code(), x.name()));
            names = Map.copyOf(byCode);
            taxonomy = current;
            readAt = Instant.now();
        }
        return current;
    }

    /** Body regions grouped by their area (head and neck, back, ...), in the taxonomy's order. */
    public record Area(String name, java.util.List<Models.Region> regions) {
    }

    public java.util.List<Area> areas() {
        Map<String, java.util.List<Models.Region>> byArea = new java.util.LinkedHashMap<>();
        get().regions().forEach(r -> byArea.computeIfAbsent(r.area() == null ? "Other" : r.area(),
                a -> new java.util.ArrayList<>()).add(r));
        return byArea.entrySet().stream().map(e -> new Area(e.getKey(), e.getValue())).toList();
    }

    /** The names of every condition, region and technique code (the codes do not collide). */
    public Map<String, String> names() {
        get();
        return names;
    }
}
