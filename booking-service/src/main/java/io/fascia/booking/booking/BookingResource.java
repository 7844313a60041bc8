package io.fascia.booking.booking;

import java.time.OffsetDateTime;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;

import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.sql.NativeSql;
import io.fascia.platform.web.Page;
import io.fascia.platform.web.QueryParams;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Clients book, move and cancel their sessions. A booking's detail (with intake and plan) and
 * history are also open to its therapist and to admins; anyone else gets 404.
 */
@Path("/api/v1/booking/bookings")
@Produces(MediaType.APPLICATION_JSON)
public class BookingResource {

    @Inject
    BookingService bookings;

    @Inject
    SecurityIdentity identity;

    /** How often a booking rolled back by a race with another one is run, in all. */
    static final int RACE_ATTEMPTS = 3;

    /**
     * Requires an {@code Idempotency-Key} header: retrying with the same key and body returns the
     * same booking (200); the same key with another body is a 422.
     */
    @POST
    @RolesAllowed("client")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<BookingView> book(@HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull BookingRequests.BookingRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw ProblemException.invalid("Idempotency-Key", "a header of 1 to 200 characters is required, "
                    + "so that a retried request cannot book twice");
        }
        String key = idempotencyKey.strip();
        BookingService.Booked booked;
        for (int attempt = 1;; attempt++) {
            try {
                booked = bookings.book(Caller.of(identity), key, request);
                break;
            } catch (ProblemException conflict) {
                // Two requests with one key at once (a double click): the loser waited on the winner's
                // row in the constraints, so the winner has committed and its booking is the answer.
                if (conflict.problem().status() != 409) {
                    throw conflict;
                }
                booked = bookings.replay(Caller.of(identity), key, request).orElseThrow(() -> conflict);
                break;
            } catch (RuntimeException race) {
                // Racers for one slot can deadlock in the exclusion constraint; PostgreSQL rolls one
                // back whole. Run it again: it then books or meets the winner's booking (409).
                if (attempt >= RACE_ATTEMPTS || !NativeSql.rolledBackForARace(race)) {
                    throw race;
                }
            }
        }
        return RestResponse.status(booked.replayed() ? Response.Status.OK : Response.Status.CREATED, booked.booking());
    }

    /** The client's own bookings; {@code when} is upcoming, past or all (default). */
    @GET
    @Path("/mine")
    @RolesAllowed("client")
    public Page<BookingView> mine(@QueryParam("when") String when, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        BookingService.When which = params.choice("when", when, BookingService.When.class, BookingService.When.ALL);
        QueryParams.PageRequest paging = params.page(page, size);
        params.check();
        return bookings.ofClient(identity.getPrincipal().getName(), which, paging.page(), paging.size());
    }

    /** An optional reason, kept in the booking's history. */
    public record CancelRequest(@Size(max = 500) String reason) {
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed("client")
    @Consumes(MediaType.APPLICATION_JSON)
    public BookingView cancel(@PathParam("id") UUID id, @Valid CancelRequest request) {
        return bookings.cancelByClient(Caller.of(identity), id, request == null ? null : request.reason());
    }

    public record RescheduleRequest(@NotNull OffsetDateTime start) {
    }

    @POST
    @Path("/{id}/reschedule")
    @RolesAllowed("client")
    @Consumes(MediaType.APPLICATION_JSON)
    public BookingView reschedule(@PathParam("id") UUID id, @Valid @NotNull RescheduleRequest request) {
        return bookings.reschedule(Caller.of(identity), id, request.start());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "client", "therapist", "admin" })
    public BookingDetail detail(@PathParam("id") UUID id) {
        return bookings.detail(Caller.of(identity), id);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ "client", "therapist", "admin" })
    public List<StatusChange> history(@PathParam("id") UUID id) {
        return bookings.historyOf(Caller.of(identity), id);
    }
}
