package io.fascia.booking.availability;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.fascia.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;

/** A therapist's own availability, in their listing's time zone: read it, or replace it whole. */
@Path("/api/v1/booking/availability/me")
@RolesAllowed("therapist")
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

    @Inject
    Availability availability;

    @Inject
    SecurityIdentity caller;

    @GET
    public AvailabilityRequests.AvailabilityRequest get() {
        AvailabilityRequests.AvailabilityRequest own = availability.readOwn(caller.getPrincipal().getName());
        if (own == null) {
            throw ProblemException.notFound("You have not set your availability yet: PUT it here.");
        }
        return own;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public AvailabilityRequests.AvailabilityRequest replace(@Valid @NotNull AvailabilityRequests.AvailabilityRequest request) {
        return availability.replace(caller.getPrincipal().getName(), request);
    }

    /**
     * The open start times clients will see for one of the therapist's own offerings, also while
     * the listing is not yet bookable: {@code ?offeringId&from&to} as for the public slots.
     */
    @GET
    @Path("/preview")
    public Availability.Slots preview(@QueryParam("offeringId") String offeringId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        SlotsResource.SlotQuery query = SlotsResource.SlotQuery.parse(offeringId, from, to);
        return availability.preview(caller.getPrincipal().getName(), query.offering(), query.from(), query.to());
    }
}
