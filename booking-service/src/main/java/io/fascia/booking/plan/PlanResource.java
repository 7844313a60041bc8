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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fascia.booking.booking.Caller;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Reading treatment plans: the client, the therapist and admins; anyone else gets 404. The
 * therapist writes them from their schedule ({@code PUT /schedule/bookings/{id}/plan}).
 */
@Tag(name = "Treatment plans",
        description = "Plans therapists write after an assessment: goals, session frequency and homecare. Open to the client, "
        + "their therapist and admins.")
@Path("/api/v1/booking/plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    TreatmentPlans plans;

    @Inject
    SecurityIdentity identity;

    @Operation(summary = "My treatment plans",
            description = "The current version of each plan the signed-in client has, newest first (the newest 100).")
    @APIResponse(responseCode = "200", description = "The plans.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PlanView.class, maxItems = TreatmentPlans.LISTED)))
    @GET
    @Path("/mine")
    @RolesAllowed("client")
    public List<PlanView> mine() {
        return plans.ofClient(identity.getPrincipal().getName());
    }

    @Operation(summary = "A treatment plan",
            description = "Its current version. Anyone but the client, the therapist and admins gets 404.")
    @GET
    @Path("/{planId}")
    @RolesAllowed({ "client", "therapist", "admin" })
    public PlanView current(@PathParam("planId") UUID planId) {
        return plans.current(Caller.of(identity), planId);
    }

    @Operation(summary = "A plan's versions",
            description = "Its versions, oldest first (the newest 100), so changes in goals and homecare can be followed.")
    @APIResponse(responseCode = "200", description = "The versions.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PlanView.class, maxItems = TreatmentPlans.LISTED)))
    @GET
    @Path("/{planId}/versions")
    @RolesAllowed({ "client", "therapist", "admin" })
    public List<PlanView> versions(@PathParam("planId") UUID planId) {
        return plans.versions(Caller.of(identity), planId);
    }
}
