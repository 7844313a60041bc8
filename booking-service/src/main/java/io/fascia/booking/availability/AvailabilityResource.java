package io.fascia.booking.availability;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fascia.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;

/** A therapist's own availability, in their listing's time zone: read it, or replace it whole. */
@Tag(name = "My availability",
        description = "A therapist's weekly hours, exceptions, buffer and notice, from which open slots are computed.")
@Path("/api/v1/booking/availability/me")
@RolesAllowed("therapist")
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

    static final String AVAILABILITY_EXAMPLE = """
            {"weekly": [{"day": "MONDAY", "start": "09:00", "end": "17:00"}, {"day": "WEDNESDAY", "start": "09:00", "end": "17:00"},
             {"day": "FRIDAY", "start": "12:00", "end": "20:00"}],
             "overrides": [{"date": "2027-03-19", "windows": []}],
             "bufferMinutes": 15, "minimumNoticeHours": 12, "horizonDays": 60, "slotStepMinutes": 30}""";

    @Inject
    Availability availability;

    @Inject
    SecurityIdentity caller;

    @Operation(summary = "My availability",
            description = "Weekly windows, date exceptions, buffer between sessions and minimum notice.")
    @GET
    public AvailabilityRequests.AvailabilityRequest get() {
        AvailabilityRequests.AvailabilityRequest own = availability.readOwn(caller.getPrincipal().getName());
        if (own == null) {
            throw ProblemException.notFound("You have not set your availability yet: PUT it here.");
        }
        return own;
    }

    @Operation(summary = "Replace my availability", description = "Sessions already booked stay; slots change from now on.")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public AvailabilityRequests.AvailabilityRequest replace(@RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "Weekdays, one day off", value = AVAILABILITY_EXAMPLE))) @Valid @NotNull AvailabilityRequests.AvailabilityRequest request) {
        return availability.replace(caller.getPrincipal().getName(), request);
    }

    /**
     * The open start times clients will see for one of the therapist's own offerings, also while
     * the listing is not yet bookable: {@code ?offeringId&from&to} as for the public slots.
     */
    @Operation(summary = "Preview my open slots",
            description = "The open start times clients will see for one of the therapist's own offerings, also while the "
            + "listing is not yet bookable.")
    @GET
    @Path("/preview")
    public Availability.Slots preview(@BeanParam SlotsQuery asked) {
        SlotsResource.SlotQuery query = SlotsResource.SlotQuery.parse(asked);
        return availability.preview(caller.getPrincipal().getName(), query.offering(), query.from(), query.to());
    }
}
