package io.fascia.booking.schedule;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.fascia.booking.booking.BookingDetail;
import io.fascia.platform.web.Page;

/** Support's view of any therapist's schedule, e.g. to settle a dispute about a late cancellation. */
@Path("/api/v1/booking/admin/therapists/{therapistId}/schedule")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminScheduleResource {

    @Inject
    ScheduleService schedule;

    @GET
    public Page<BookingDetail> schedule(@PathParam("therapistId") UUID therapist, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        ScheduleRange range = ScheduleRange.parse(schedule.zoneOfTherapist(therapist), from, to, status, page, size);
        return schedule.schedule(therapist, range.from(), range.to(), range.status(), range.page(), range.size());
    }
}
