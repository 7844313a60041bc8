package io.fascia.directory.ping;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fascia.platform.web.AuthenticatedPing;

/** {@code GET /api/v1/directory/ping}: any signed-in user; shows the gateway routes here. */
@Tag(name = "Directory service", description = "Whether the directory service is reachable, and who the caller is to it.")
@Path("/api/v1/directory/ping")
public class PingResource extends AuthenticatedPing {
}
