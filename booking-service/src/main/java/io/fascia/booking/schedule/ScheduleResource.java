package io.fascia.booking.schedule;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;

import io.fascia.booking.booking.BookingDetail;
import io.fascia.booking.booking.BookingView;
import io.fascia.booking.booking.Caller;
import io.fascia.booking.plan.PlanRequests;
import io.fascia.booking.plan.PlanView;
import io.fascia.booking.plan.TreatmentPlans;
import io.fascia.platform.web.Page;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * A therapist's own schedule, with each booking's intake, the therapist's side of its lifecycle,
 * and the treatment plan written after an assessment.
 */
@Path("/api/v1/booking/schedule")
@RolesAllowed("therapist")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    @Inject
    ScheduleService schedule;

    @Inject
    TreatmentPlans plans;

    @Inject
    SecurityIdentity identity;

    /** Dates are local to the practice; {@code status} filters, e.g. confirmed. */
    @GET
    @Path("/me")
    public Page<BookingDetail> mine(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
        String subject = identity.getPrincipal().getName();
        ScheduleRange range = ScheduleRange.parse(schedule.zoneOf(subject), from, to, status, page, size);
        return schedule.ownSchedule(subject, range.from(), range.to(), range.status(), range.page(), range.size());
    }

    /** The client is told why; the reason is kept in the booking's history. */
    public record TherapistCancelRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @POST
    @Path("/bookings/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public BookingView cancel(@PathParam("id") UUID id, @Valid @NotNull TherapistCancelRequest request) {
        return schedule.cancel(Caller.of(identity), id, request.reason().strip());
    }

    @POST
    @Path("/bookings/{id}/complete")
    public BookingView complete(@PathParam("id") UUID id) {
        return schedule.complete(Caller.of(identity), id);
    }

    /** Writes the next version of the client's treatment plan: 201 with the first, 200 with each later one. */
    @PUT
    @Path("/bookings/{id}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<PlanView> writePlan(@PathParam("id") UUID id, @Valid @NotNull PlanRequests.PlanRequest request) {
        TreatmentPlans.Written written = plans.write(Caller.of(identity), id, request);
        return RestResponse.status(written.created() ? Response.Status.CREATED : Response.Status.OK, written.plan());
    }

    @POST
    @Path("/bookings/{id}/no-show")
    public BookingView noShow(@PathParam("id") UUID id) {
        return schedule.noShow(Caller.of(identity), id);
    }
}
