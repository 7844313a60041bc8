package io.fascia.booking.plan;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.fascia.booking.booking.Caller;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Reading treatment plans: the client, the therapist and admins; anyone else gets 404. The
 * therapist writes them from their schedule ({@code PUT /schedule/bookings/{id}/plan}).
 */
@Path("/api/v1/booking/plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    TreatmentPlans plans;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/mine")
    @RolesAllowed("client")
    public List<PlanView> mine() {
        return plans.ofClient(identity.getPrincipal().getName());
    }

    @GET
    @Path("/{planId}")
    @RolesAllowed({ "client", "therapist", "admin" })
    public PlanView current(@PathParam("planId") UUID planId) {
        return plans.current(Caller.of(identity), planId);
    }

    @GET
    @Path("/{planId}/versions")
    @RolesAllowed({ "client", "therapist", "admin" })
    public List<PlanView> versions(@PathParam("planId") UUID planId) {
        return plans.versions(Caller.of(identity), planId);
    }
}
