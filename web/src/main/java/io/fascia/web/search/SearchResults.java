package io.fascia.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;

import io.fascia.web.api.Api;
import io.fascia.web.api.Models;
import io.quarkus.cache.CacheResult;

/**
 * Public search results, the same for every visitor, kept for a few seconds
 * ({@code quarkus.cache.caffeine."search-results".expire-after-write}): a popular search ("upper
 * back pain near Portland, OR") costs one API call however many people run it, and concurrent
 * visitors asking the same thing wait for that one call. Only answers are kept, never errors. What
 * can change a booking (open times, the listing itself) is read live on the therapist's page.
 */
@ApplicationScoped
public class SearchResults {

    @Inject
    Api api;

    @CacheResult(cacheName = "search-results")
    public Models.SearchPage find(MultivaluedMap<String, String> apiQuery) {
        return api.call(c -> c.search(apiQuery));
    }
}
