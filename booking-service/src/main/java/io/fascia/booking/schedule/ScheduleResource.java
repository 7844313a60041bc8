package io.fascia.booking.schedule;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fascia.booking.booking.BookingDetail;
import io.fascia.booking.booking.BookingView;
import io.fascia.booking.booking.Caller;
import io.fascia.booking.booking.StatusChange;
import io.fascia.booking.plan.PlanRequests;
import io.fascia.booking.plan.PlanView;
import io.fascia.booking.plan.TreatmentPlans;
import io.fascia.platform.web.Created;
import io.fascia.platform.web.Page;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * A therapist's own schedule, with each booking's intake, the therapist's side of its lifecycle,
 * and the treatment plan written after an assessment.
 */
@Tag(name = "My schedule",
        description = "A therapist's sessions and what happens to them: cancel with a reason, complete, record a no-show, write "
        + "the treatment plan.")
@Path("/api/v1/booking/schedule")
@RolesAllowed("therapist")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    static final String CANCEL_EXAMPLE = """
            {"reason": "I am ill today; please book another day, the first one is on me."}""";

    static final String PLAN_EXAMPLE = """
            {"findings": {"painfulRegions": ["upper-back"], "suspectedCauseRegions": ["chest"],
             "compensations": "Rounded shoulders from tight pectorals"}, "goals": ["A full workday without burning"],
             "plannedSessions": 6, "intervalDays": 7, "homecare": [{"name": "Doorway pec stretch",
             "instructions": "Forearms on the frame, lean through until the chest stretches.", "frequency": "twice a day",
             "bodyRegion": "chest"}]}""";

    @Inject
    ScheduleService schedule;

    @Inject
    TreatmentPlans plans;

    @Inject
    SecurityIdentity identity;

    /** Dates are local to the practice; {@code status} filters, e.g. confirmed. */
    @Operation(summary = "My sessions",
            description = "Sessions between two dates local to the practice, in order, with each client's intake and plan.")
    @GET
    @Path("/me")
    public Page<BookingDetail> mine(@BeanParam ScheduleQuery query) {
        Caller caller = Caller.of(identity);
        ScheduleRange range = ScheduleRange.parse(schedule.zoneOf(caller.subject()), query);
        return schedule.ownSchedule(caller, range.from(), range.to(), range.status(), range.page(), range.size());
    }

    /** The client is told why; the reason is kept in the booking's history. */
    public record TherapistCancelRequest(@NotBlank @Size(max = StatusChange.REASON_MAX) String reason) {
    }

    @Operation(summary = "Cancel a session", description = "The client is told why; the reason is kept in the history.")
    @APIResponseSchema(value = BookingView.class, responseCode = "200",
            responseDescription = "Cancelled: the booking as it is now.")
    @APIResponse(responseCode = "409", description = "The session is over, or cancelled already.")
    @POST
    @Path("/bookings/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public BookingView cancel(@PathParam("id") UUID id, @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "Why", value = CANCEL_EXAMPLE))) @Valid @NotNull TherapistCancelRequest request) {
        return schedule.cancel(Caller.of(identity), id, request.reason().strip());
    }

    @Operation(summary = "Complete a session",
            description = "After its start: opens the client's review and the follow-up check-ins.")
    @APIResponseSchema(value = BookingView.class, responseCode = "200",
            responseDescription = "Completed: the booking as it is now.")
    @APIResponse(responseCode = "409", description = "The session has not started yet, or is not confirmed.")
    @POST
    @Path("/bookings/{id}/complete")
    public BookingView complete(@PathParam("id") UUID id) {
        return schedule.complete(Caller.of(identity), id);
    }

    /** Writes the next version of the client's treatment plan: 201 with the first, 200 with each later one. */
    @Operation(summary = "Write the treatment plan",
            description = "The next version of the client's plan: 201 with the first, 200 with each later one.")
    @APIResponseSchema(value = PlanView.class, responseCode = "201", responseDescription = "The plan's first version.")
    @APIResponse(responseCode = "200", description = "The plan's next version.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "409", description = "The session is not one a plan can follow (cancelled or not yet assessed).")
    @PUT
    @Path("/bookings/{id}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<PlanView> writePlan(@PathParam("id") UUID id, @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "After the first assessment", value = PLAN_EXAMPLE))) @Valid @NotNull PlanRequests.PlanRequest request) {
        TreatmentPlans.Written written = plans.write(Caller.of(identity), id, request);
        return written.created() ? Created.at("/api/v1/booking/plans/" + written.plan().planId(), written.plan())
                : RestResponse.ok(written.plan());
    }

    @Operation(summary = "Record a no-show", description = "After its start, when the client did not come.")
    @APIResponseSchema(value = BookingView.class, responseCode = "200",
            responseDescription = "Recorded: the booking as it is now.")
    @APIResponse(responseCode = "409", description = "The session has not started yet, or is not confirmed.")
    @POST
    @Path("/bookings/{id}/no-show")
    public BookingView noShow(@PathParam("id") UUID id) {
        return schedule.noShow(Caller.of(identity), id);
    }
}
