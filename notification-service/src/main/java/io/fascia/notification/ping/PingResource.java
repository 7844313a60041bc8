package io.fascia.notification.ping;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fascia.platform.web.AuthenticatedPing;

/** {@code GET /api/v1/notifications/ping}: any signed-in user; shows the gateway routes here. */
@Tag(name = "Notification service", description = "Whether the notification service is reachable, and who the caller is to it.")
@Path("/api/v1/notifications/ping")
public class PingResource extends AuthenticatedPing {
}
