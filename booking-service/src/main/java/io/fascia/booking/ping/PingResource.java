package io.fascia.booking.ping;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fascia.platform.web.AuthenticatedPing;

/** {@code GET /api/v1/booking/ping}: any signed-in user; shows the gateway routes here. */
@Tag(name = "Booking service", description = "Whether the booking service is reachable, and who the caller is to it.")
@Path("/api/v1/booking/ping")
public class PingResource extends AuthenticatedPing {
}
