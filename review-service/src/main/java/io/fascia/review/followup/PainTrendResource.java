package io.fascia.review.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * {@code GET /api/v1/review/therapists/me/clients/{clientSubject}/pain-trend}: the pain of one of the
 * therapist's own clients (the subject their bookings name), over all their completed sessions and
 * answered check-ins with this therapist. 404 for anyone who is not their client.
 */
@Tag(name = "Pain trends", description = "A therapist follows how a client's pain went across their sessions and check-ins.")
@Path("/api/v1/review/therapists/me/clients/{clientSubject}/pain-trend")
@RolesAllowed("therapist")
@Produces(MediaType.APPLICATION_JSON)
public class PainTrendResource {

    @Inject
    PainTrends trends;

    @Inject
    SecurityIdentity identity;

    @Operation(summary = "A client's pain trend",
            description = "Pain before, after and at each check-in across the client's sessions with the signed-in therapist. "
            + "Anyone else's client is 404.")
    @GET
    public PainTrends.PainTrend trend(@PathParam("clientSubject")
            @Parameter(description = "The client's subject, as on their bookings.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 64, pattern = "^[A-Za-z0-9-]+$")) String client) {
        return trends.of(identity.getPrincipal().getName(), client);
    }
}
