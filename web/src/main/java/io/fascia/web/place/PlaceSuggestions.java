package io.fascia.web.place;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The city suggestions of the search form, fetched once the page has loaded (inline they were a
 * third of the search page's weight, sent with every search) and then kept by the browser for a
 * day. Filled while the field already has focus, Chromium opens the list and swallows the Tab.
 * Without script the field still takes any city typed; the gazetteer reads it the same way.
 */
@Path("/places")
public class PlaceSuggestions {

    private static final int KEPT_FOR = (int) Duration.ofDays(1).toSeconds();

    @Inject
    Gazetteer gazetteer;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response options() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(KEPT_FOR);
        cache.setPrivate(false);
        return Response.ok(gazetteer.datalistOptions()).cacheControl(cache).build();
    }
}
