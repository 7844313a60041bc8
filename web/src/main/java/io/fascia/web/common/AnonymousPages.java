package io.fascia.web.common;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.fascia.web.security.Viewer;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;

/**
 * Public pages as an anonymous visitor sees them, kept for a few seconds
 * ({@code quarkus.cache.caffeine."anonymous-pages".expire-after-write}), like a reverse proxy's
 * microcache: a page anyone can read and that names no one depends only on its URL (and, for htmx,
 * which part was asked for), so a burst of visitors to one search costs one rendering. Signed-in
 * people always get a fresh page (it carries their name and form token); a page that failed is
 * never kept.
 */
@ApplicationScoped
public class AnonymousPages {

    @Inject
    @CacheName("anonymous-pages")
    Cache pages;

    @Inject
    Viewer viewer;

    @Inject
    RoutingContext request;

    /**
     * The page for this request: rendered now for a signed-in viewer, else the copy rendered for
     * this URL within the last few seconds, or a new one.
     *
     * @param part which part of the page the request asks for (an htmx target), null for all of it
     */
    public Object page(String part, Supplier<TemplateInstance> page) {
        if (viewer.signedIn()) {
            return page.get();
        }
        String key = request.request().uri() + (part == null ? "" : "\n" + part);
        return pages.get(key, k -> page.get().render()).await().indefinitely();
    }
}
