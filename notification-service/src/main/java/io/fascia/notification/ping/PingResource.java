package io.fascia.notification.ping;

import jakarta.ws.rs.Path;

import io.fascia.platform.web.AuthenticatedPing;

/** {@code GET /api/v1/notifications/ping}: any signed-in user; shows the gateway routes here. */
@Path("/api/v1/notifications/ping")
public class PingResource extends AuthenticatedPing {
}
