package io.fascia.review.ping;

import jakarta.ws.rs.Path;

import io.fascia.platform.web.AuthenticatedPing;

/** {@code GET /api/v1/review/ping}: any signed-in user; shows the gateway routes here. */
@Path("/api/v1/review/ping")
public class PingResource extends AuthenticatedPing {
}
