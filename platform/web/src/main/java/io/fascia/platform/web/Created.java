package io.fascia.platform.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * A 201 answer with the {@code Location} of what was created. The path is sent as given, relative
 * to the public origin: resolving it against the service's own address (what JAX-RS does with a
 * {@code URI}) would name a host behind the gateway.
 */
public final class Created {

    private Created() {
    }

    public static <T> RestResponse<T> at(String path, T entity) {
        return RestResponse.ResponseBuilder.create(Response.Status.CREATED, entity).header(HttpHeaders.LOCATION, path).build();
    }
}
