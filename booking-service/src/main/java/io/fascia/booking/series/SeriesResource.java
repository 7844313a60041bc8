package io.fascia.booking.series;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fascia.booking.booking.Caller;
import io.quarkus.security.identity.SecurityIdentity;

/** A series of a plan's sessions: read by its client, the plan's therapist and admins; the rest cancelled by its client. */
@Tag(name = "Series", description = "A treatment plan's remaining sessions booked in one request at one weekly (or every-N-days) "
        + "time, and cancelled together. Each session is an ordinary booking.")
@Path("/api/v1/booking/series")
@Produces(MediaType.APPLICATION_JSON)
public class SeriesResource {

    static final String CANCEL_EXAMPLE = """
            {"reason": "The pain is gone; thank you."}""";

    @Inject
    SeriesService series;

    @Inject
    SecurityIdentity identity;

    @Operation(summary = "A series", description = "The series with each session's current status, for its client, the plan's "
            + "therapist and admins; to anyone else it does not exist.")
    @GET
    @Path("/{id}")
    @RolesAllowed({ "client", "therapist", "admin" })
    public SeriesView find(@PathParam("id") UUID id) {
        return series.find(Caller.of(identity), id);
    }

    @Operation(summary = "Cancel a series' remaining sessions",
            description = "Cancels every confirmed session of the series still ahead, each as a single cancellation would be "
            + "(late inside its cancellation window). Sessions already past or cancelled stay as they are.")
    @POST
    @Path("/{id}/cancel")
    @RolesAllowed("client")
    @Consumes(MediaType.APPLICATION_JSON)
    public SeriesView cancel(@PathParam("id") UUID id, @RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "With a reason", value = CANCEL_EXAMPLE)))
            @Valid SeriesRequests.CancelRequest request) {
        return series.cancelRemaining(Caller.of(identity), id, request == null ? null : request.reason());
    }
}
