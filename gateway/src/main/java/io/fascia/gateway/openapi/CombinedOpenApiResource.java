package io.fascia.gateway.openapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fascia.gateway.routing.GatewayConfig;

/**
 * {@code GET /api/v1/openapi.json}: one OpenAPI document of every service behind the gateway,
 * built from their own {@code /q/openapi} and kept for a minute. A service that cannot be reached
 * is listed under {@code x-fascia-unavailable} instead of failing the whole document. Swagger UI
 * at {@code /q/swagger-ui} shows it.
 */
@Path("/api/v1/openapi.json")
@PermitAll
public class CombinedOpenApiResource {

    private static final Logger LOG = Logger.getLogger(CombinedOpenApiResource.class);
    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile ObjectNode cached;
    private volatile Instant cachedAt = Instant.EPOCH;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode combined() {
        ObjectNode doc = cached;
        if (doc == null || Instant.now().isAfter(cachedAt.plus(FRESH_FOR))) {
            doc = build();
            cached = doc;
            // A document missing a service is rebuilt on the next request rather than kept for a minute.
            cachedAt = doc.path("x-fascia-unavailable").isEmpty() ? Instant.now() : Instant.EPOCH;
        }
        return doc;
    }

    private ObjectNode build() {
        ObjectNode doc = OpenApiMerge.skeleton("Fascia API", "1.0");
        doc.putArray("servers").addObject().put("url", "/").put("description", "this gateway");
        ArrayNode unavailable = doc.putArray("x-fascia-unavailable");
        // In a fixed order, so renamed schemas get the same names on every build.
        Map<String, GatewayConfig.Route> routes = new TreeMap<>(config.routes());
        routes.forEach((service, route) -> {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(route.upstream() + "/q/openapi?format=json"))
                        .timeout(Duration.ofSeconds(5)).header("Accept", "application/json").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("status " + response.statusCode());
                }
                OpenApiMerge.add(doc, service, json.readTree(response.body()));
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                LOG.warnf("OpenAPI of %s unavailable: %s", service, e.toString());
                unavailable.add(service);
            }
        });
        return doc;
    }
}
