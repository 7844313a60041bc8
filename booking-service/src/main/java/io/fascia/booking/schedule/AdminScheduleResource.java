package io.fascia.booking.schedule;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fascia.booking.booking.BookingDetail;
import io.fascia.booking.booking.Caller;
import io.fascia.platform.web.Page;
import io.quarkus.security.identity.SecurityIdentity;

/** Support's view of any therapist's schedule, e.g. to settle a dispute about a late cancellation. */
@Tag(name = "Admin: schedules", description = "Admins read any therapist's sessions, to answer a complaint or a dispute.")
@Path("/api/v1/booking/admin/therapists/{therapistId}/schedule")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminScheduleResource {

    @Inject
    ScheduleService schedule;

    @Inject
    SecurityIdentity identity;

    @Operation(summary = "A therapist's sessions",
            description = "Sessions between two local dates, in order, with intake and plan.")
    @GET
    public Page<BookingDetail> schedule(@PathParam("therapistId") UUID therapist, @BeanParam ScheduleQuery query) {
        ScheduleRange range = ScheduleRange.parse(schedule.zoneOfTherapist(therapist), query);
        return schedule.schedule(Caller.of(identity), therapist, range.from(), range.to(), range.status(), range.page(),
                range.size());
    }
}
