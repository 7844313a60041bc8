package io.fascia.gateway.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fascia.gateway.policy.AccessRules;
import io.fascia.gateway.routing.GatewayConfig;
import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;

/**
 * {@code GET /api/v1/openapi.json}: one OpenAPI document of every service behind the gateway,
 * built from their own {@code /q/openapi} and kept for a minute. A service that cannot be reached
 * is listed under {@code x-fascia-unavailable} instead of failing the whole document. Swagger UI
 * at {@code /q/swagger-ui} shows it.
 */
@Tag(name = "API document", description = "This document: every service behind the gateway in one OpenAPI 3.1 description.")
@Path("/api/v1/openapi.json")
@PermitAll
public class CombinedOpenApiResource {

    private static final Logger LOG = Logger.getLogger(CombinedOpenApiResource.class);
    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            // Plain HTTP/1.1: the JDK client's h2c upgrade attempt misreads a large answer from Vert.x.
            .version(HttpClient.Version.HTTP_1_1).build();
    private volatile ObjectNode cached;
    private volatile Instant cachedAt = Instant.EPOCH;

    @Operation(summary = "The API document",
            description = "Built from each service's own document and the gateway's access table and limits; kept for a minute. "
            + "A service that cannot be reached is named in x-fascia-unavailable.")
    @APIResponse(responseCode = "200", description = "The document.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "An OpenAPI 3.1 document.",
                    externalDocs = @ExternalDocumentation(description = "OpenAPI 3.1",
                            url = "https://spec.openapis.org/oas/v3.1.0"))))
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
        doc.putArray("servers").addObject().put("url", "/")
                .put("description", "This gateway: the one public entry, in every environment (local, staging, production).")
                .put("x-internal", false);
        ArrayNode unavailable = doc.putArray("x-fascia-unavailable");
        try (InputStream own = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(OpenApiConstants.BASE_NAME + ".JSON")) {
            // The gateway's own operations (/api/v1/me), from the document Quarkus generated at build time.
            if (own != null) {
                OpenApiMerge.add(doc, "gateway", json.readTree(own));
            }
        } catch (IOException e) {
            LOG.warnf("The gateway's own OpenAPI document is unreadable: %s", e.toString());
        }
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
        List<String> unreachable = GatewayContract.apply(doc, AccessRules.parse(config.access()),
                new GatewayContract.BodyLimits(config.maxBodySize().asLongValue(), config.uploadPaths(),
                        config.maxUploadSize().asLongValue()));
        if (!unreachable.isEmpty()) {
            LOG.debugf("Left out of the public document (no access rule lets anyone in): %s", unreachable);
        }
        return doc;
    }
}
