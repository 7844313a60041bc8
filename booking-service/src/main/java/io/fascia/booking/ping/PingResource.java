package io.fascia.booking.ping;

import jakarta.ws.rs.Path;

import io.fascia.platform.web.AuthenticatedPing;

/** {@code GET /api/v1/booking/ping}: any signed-in user; shows the gateway routes here. */
@Path("/api/v1/booking/ping")
public class PingResource extends AuthenticatedPing {
}
