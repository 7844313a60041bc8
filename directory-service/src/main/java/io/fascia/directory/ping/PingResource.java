package io.fascia.directory.ping;

import jakarta.ws.rs.Path;

import io.fascia.platform.web.AuthenticatedPing;

/** {@code GET /api/v1/directory/ping}: any signed-in user; shows the gateway routes here. */
@Path("/api/v1/directory/ping")
public class PingResource extends AuthenticatedPing {
}
