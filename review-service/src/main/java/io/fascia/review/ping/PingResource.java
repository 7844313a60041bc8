package io.fascia.review.ping;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fascia.platform.web.AuthenticatedPing;

/** {@code GET /api/v1/review/ping}: any signed-in user; shows the gateway routes here. */
@Tag(name = "Review service", description = "Whether the review service is reachable, and who the caller is to it.")
@Path("/api/v1/review/ping")
public class PingResource extends AuthenticatedPing {
}
