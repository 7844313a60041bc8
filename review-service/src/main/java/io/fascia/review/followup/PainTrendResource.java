package io.fascia.review.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * {@code GET /api/v1/review/therapists/me/clients/{clientSubject}/pain-trend}: the pain of one of the
 * therapist's own clients (the subject their bookings name), over all their completed sessions and
 * answered check-ins with this therapist. 404 for anyone who is not their client.
 */
@Path("/api/v1/review/therapists/me/clients/{clientSubject}/pain-trend")
@RolesAllowed("therapist")
@Produces(MediaType.APPLICATION_JSON)
public class PainTrendResource {

    @Inject
    PainTrends trends;

    @Inject
    SecurityIdentity identity;

    @GET
    public PainTrends.PainTrend trend(@PathParam("clientSubject") String client) {
        return trends.of(identity.getPrincipal().getName(), client);
    }
}
