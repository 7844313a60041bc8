package io.fascia.booking.client;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.fascia.booking.booking.BookingDetail;
import io.fascia.booking.booking.BookingRepository;
import io.fascia.booking.booking.BookingRequests;
import io.fascia.booking.booking.BookingView;
import io.fascia.booking.booking.Caller;
import io.fascia.booking.booking.StatusChange;
import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.sql.NativeSql;
import io.fascia.platform.web.Created;
import io.fascia.platform.web.Page;
import io.fascia.platform.web.QueryParams;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Clients book, move and cancel their sessions. A booking's detail (with intake and plan) and
 * history are also open to its therapist and to admins; anyone else gets 404.
 */
@Tag(name = "Bookings",
        description = "Clients book, move and cancel sessions. A booking's detail (intake and plan) and history are open to its "
        + "client, its therapist and admins; to anyone else it does not exist.")
@Path("/api/v1/booking/bookings")
@Produces(MediaType.APPLICATION_JSON)
public class BookingResource {

    static final String CANCEL_EXAMPLE = """
            {"reason": "I have to travel for work that week."}""";

    static final String RESCHEDULE_EXAMPLE = """
            {"start": "2027-03-17T14:00:00-04:00"}""";

    @Inject
    BookingService bookings;

    @Inject
    SecurityIdentity identity;

    /** What a client may send as a key: visible ASCII, as a UUID or any token of its own is. */
    static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[!-~]{1,200}");

    static final String BOOKING_EXAMPLE = """
            {"therapistId": "6f1c2d3e-4a5b-4c6d-8e7f-901234567890", "offeringId": "0d9e8f7a-6b5c-4d3e-9f2a-1b2c3d4e5f60",
             "start": "2027-03-15T10:00:00-04:00",
             "intake": {"condition": "upper-back-pain", "bodyRegions": ["upper-back", "shoulder-blades"], "painNow": 7,
                        "goals": "Work at my desk without burning between the shoulder blades",
                        "physicianReferral": false, "consent": true}}""";

    /** The header's key, or a 400: without one a retried request could book twice. */
    public static String idempotencyKey(String header) {
        if (header == null || !IDEMPOTENCY_KEY.matcher(header.strip()).matches()) {
            throw ProblemException.invalid("Idempotency-Key", "a header of 1 to 200 visible ASCII characters is required, "
                    + "so that a retried request cannot book twice");
        }
        return header.strip();
    }

    /** How often a booking rolled back by a race with another one is run, in all. */
    public static final int RACE_ATTEMPTS = 3;

    /**
     * Requires an {@code Idempotency-Key} header: retrying with the same key and body returns the
     * same booking (200); the same key with another body is a 422.
     */
    @Operation(summary = "Book a session",
            description = "Books an open slot of one of the therapist's offerings, with the intake when it is the first session "
            + "with them. Requires `Idempotency-Key`: a retry with the same key and body returns the same booking (200); the "
            + "same key with another body is a 422. A slot taken meanwhile is a 409.")
    @APIResponseSchema(value = BookingView.class, responseCode = "201", responseDescription = "Booked.")
    @APIResponse(responseCode = "200", description = "This key booked already: the same booking.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "409", description = "The slot is no longer open, or the client has a session at that time.")
    @APIResponse(responseCode = "422",
            description = "The key was used with another body, or the booking breaks a rule (notice, offering, intake).")
    @POST
    @RolesAllowed("client")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<BookingView> book(@HeaderParam("Idempotency-Key") @Parameter(required = true,
            description = "A key the client makes once per booking attempt, such as a UUID; retries send the same.",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200,
            pattern = "^[!-~]{1,200}$")) String idempotencyKey,
            @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "A first session",
                    value = BOOKING_EXAMPLE))) @Valid @NotNull BookingRequests.BookingRequest request) {
        String key = idempotencyKey(idempotencyKey);
        BookingService.Booked booked;
        for (int attempt = 1;; attempt++) {
            try {
                booked = bookings.book(Caller.of(identity), key, request);
                break;
            } catch (ProblemException refused) {
                // A retry of a request that already booked: its key met the unique constraint (or a
                // rule that has changed since, such as the start now being past), so the earlier
                // booking is the answer. Two requests with one key at once (a double click) end the
                // same way: the loser waited on the winner's row, and the winner has committed.
                booked = bookings.replay(Caller.of(identity), key, request).orElseThrow(() -> refused);
                break;
            } catch (RuntimeException race) {
                // Racers for one slot can deadlock in the exclusion constraint; PostgreSQL rolls one
                // back whole. Run it again: it then books or meets the winner's booking (409).
                if (attempt >= RACE_ATTEMPTS || !NativeSql.rolledBackForARace(race)) {
                    throw race;
                }
            }
        }
        return booked.replayed() ? RestResponse.ok(booked.booking())
                : Created.at("/api/v1/booking/bookings/" + booked.booking().id(), booked.booking());
    }

    /** The client's own bookings; {@code when} is upcoming, past or all (default). */
    @Operation(summary = "My bookings",
            description = "The signed-in client's sessions, soonest upcoming first or most recent past first.")
    @GET
    @Path("/mine")
    @RolesAllowed("client")
    public Page<BookingView> mine(@QueryParam("when") @Parameter(description = "Which sessions.",
                    schema = @Schema(enumeration = { "upcoming", "past", "all" }, defaultValue = "all")) String when,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        BookingService.When which = params.choice("when", when, BookingService.When.class, BookingService.When.ALL);
        QueryParams.PageRequest paging = params.page(page, size);
        params.check();
        return bookings.ofClient(identity.getPrincipal().getName(), which, paging.page(), paging.size());
    }

    /** An optional reason, kept in the booking's history. */
    public record CancelRequest(@Size(max = StatusChange.REASON_MAX) String reason) {
    }

    @Operation(summary = "Cancel my session",
            description = "Cancelling inside the therapist's cancellation window is marked late. The optional reason is kept in "
            + "the history.")
    @APIResponseSchema(value = BookingView.class, responseCode = "200",
            responseDescription = "Cancelled: the booking as it is now.")
    @APIResponse(responseCode = "409", description = "The session is over, or cancelled already.")
    @POST
    @Path("/{id}/cancel")
    @RolesAllowed("client")
    @Consumes(MediaType.APPLICATION_JSON)
    public BookingView cancel(@PathParam("id") UUID id, @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "With a reason", value = CANCEL_EXAMPLE))) @Valid CancelRequest request) {
        return bookings.cancelByClient(Caller.of(identity), id, request == null ? null : request.reason());
    }

    public record RescheduleRequest(@NotNull OffsetDateTime start) {
    }

    @Operation(summary = "Move my session",
            description = "Moves the session to another open start of the same offering, outside the cancellation window.")
    @APIResponseSchema(value = BookingView.class, responseCode = "200", responseDescription = "Moved: the booking as it is now.")
    @APIResponse(responseCode = "409", description = "The new slot is taken, or the session can no longer be moved.")
    @POST
    @Path("/{id}/reschedule")
    @RolesAllowed("client")
    @Consumes(MediaType.APPLICATION_JSON)
    public BookingView reschedule(@PathParam("id") UUID id, @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "Another open start", value = RESCHEDULE_EXAMPLE))) @Valid @NotNull RescheduleRequest request) {
        return bookings.reschedule(Caller.of(identity), id, request.start());
    }

    @Operation(summary = "A booking in full",
            description = "The booking with its intake and treatment plan. Its client, its therapist and admins only; anyone "
            + "else gets 404.")
    @GET
    @Path("/{id}")
    @RolesAllowed({ "client", "therapist", "admin" })
    public BookingDetail detail(@PathParam("id") UUID id) {
        return bookings.detail(Caller.of(identity), id);
    }

    @Operation(summary = "A booking's history",
            description = "Every change of state, who made it, when and why, oldest first (the newest 100).")
    @APIResponse(responseCode = "200", description = "The changes.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = StatusChange.class,
                    maxItems = BookingRepository.HISTORY_LISTED)))
    @GET
    @Path("/{id}/history")
    @RolesAllowed({ "client", "therapist", "admin" })
    public List<StatusChange> history(@PathParam("id") UUID id) {
        return bookings.historyOf(Caller.of(identity), id);
    }
}
