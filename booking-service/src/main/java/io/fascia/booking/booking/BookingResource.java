package io.fascia.booking.booking;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;

import io.fascia.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;

/** Clients book sessions and see their own bookings. */
@Path("/api/v1/booking/bookings")
@RolesAllowed("client")
@Produces(MediaType.APPLICATION_JSON)
public class BookingResource {

    @Inject
    BookingService bookings;

    @Inject
    SecurityIdentity caller;

    /**
     * Requires an {@code Idempotency-Key} header: retrying with the same key and body returns the
     * same booking (200); the same key with another body is a 422.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<BookingView> book(@HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull BookingRequests.BookingRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw ProblemException.invalid("Idempotency-Key", "a header of 1 to 200 characters is required, "
                    + "so that a retried request cannot book twice");
        }
        BookingService.Booked booked = bookings.book(caller.getPrincipal().getName(), idempotencyKey.strip(), request);
        return RestResponse.status(booked.replayed() ? Response.Status.OK : Response.Status.CREATED, booked.booking());
    }

    /** An optional reason, kept in the booking's history. */
    public record CancelRequest(@Size(max = 500) String reason) {
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public BookingView cancel(@PathParam("id") UUID id, @Valid CancelRequest request) {
        return bookings.cancelByClient(caller.getPrincipal().getName(), id, request == null ? null : request.reason());
    }

    @GET
    @Path("/{id}/history")
    public List<BookingService.StatusChange> history(@PathParam("id") UUID id) {
        return bookings.historyOf(caller.getPrincipal().getName(), id);
    }

    @GET
    @Path("/mine")
    public List<BookingView> mine() {
        return bookings.ofClient(caller.getPrincipal().getName());
    }
}
