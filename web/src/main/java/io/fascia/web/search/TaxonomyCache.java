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
    private volatile Instant readAt = Instant.EPOCH;

    public Models.Taxonomy get() {
        Models.Taxonomy current = taxonomy;
        if (current == null || Instant.now().isAfter(readAt.plus(FRESH_FOR))) {
            current = api.call(c -> c.taxonomy());
            taxonomy = current;
            readAt = Instant.now();
        }
        return current;
    }

    /** The names of every condition, region and technique code (the codes do not collide). */
    public Map<String, String> names() {
        Map<String, String> names = new java.util.HashMap<>();
        Models.Taxonomy t = get();
        t.conditions().forEach(c -> names.put(c.code(), c.name()));
        t.regions().forEach(r -> names.put(r.code(), r.name()));
        t.techniques().forEach(x -> names.put(x.code(), x.name()));
        return names;
    }
}
