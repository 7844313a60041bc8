package io.fascia.review.followup;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fascia.review.review.ReviewRequest;
import io.quarkus.security.identity.SecurityIdentity;

/** The client's due follow-up check-ins and their answers. */
@Tag(name = "Check-ins",
        description = "One and four weeks after a reviewed session, its client says how their pain is now: the evidence of "
        + "lasting relief.")
@Path("/api/v1/review/check-ins")
@RolesAllowed("client")
@Produces(MediaType.APPLICATION_JSON)
public class CheckInResource {

    static final String CHECK_IN_EXAMPLE = """
            {"painNow": 2, "pgic": 6, "stillDoingHomecare": true}""";

    @Inject
    CheckIns checkIns;

    @Inject
    SecurityIdentity identity;

    @Operation(summary = "My check-ins due",
            description = "Check-ins the signed-in client can answer now, with the session they follow, closing soonest first "
            + "(the first 100).")
    @APIResponse(responseCode = "200", description = "The check-ins.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = CheckIns.Due.class, maxItems = CheckIns.LISTED)))
    @GET
    @Path("/due")
    public List<CheckIns.Due> due() {
        return checkIns.due(identity.getPrincipal().getName());
    }

    /** 204 once recorded; 409 before it is due, after it closed or when answered already. */
    @Operation(summary = "Answer a check-in", description = "Pain now, how it changed overall, and whether homecare goes on.")
    @APIResponse(responseCode = "204", description = "Recorded.")
    @APIResponse(responseCode = "409", description = "Not due yet, closed, or answered already.")
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public void answer(@PathParam("id") UUID id, @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "Four weeks on", value = CHECK_IN_EXAMPLE))) @Valid @NotNull ReviewRequest.CheckInAnswer answer) {
        checkIns.answer(identity.getPrincipal().getName(), id, answer);
    }
}
