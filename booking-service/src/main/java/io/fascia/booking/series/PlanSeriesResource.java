package io.fascia.booking.series;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import io.fascia.booking.booking.Caller;
import io.fascia.booking.client.BookingResource;
import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.sql.NativeSql;
import io.fascia.platform.web.Created;
import io.quarkus.security.identity.SecurityIdentity;

/** A client books the remaining sessions of their treatment plan at one time every few days. */
@Tag(name = "Series")
@Path("/api/v1/booking/plans/{planId}/series")
@Produces(MediaType.APPLICATION_JSON)
public class PlanSeriesResource {

    static final String SERIES_EXAMPLE = """
            {"offeringId": "0d9e8f7a-6b5c-4d3e-9f2a-1b2c3d4e5f60", "firstStart": "2027-03-01T10:00:00-05:00",
             "everyDays": 7, "sessions": 5, "ifTaken": "BOOK_NONE"}""";

    @Inject
    SeriesService series;

    @Inject
    SecurityIdentity identity;

    @Operation(summary = "Book a plan's remaining sessions",
            description = "Books the plan's remaining sessions (or `sessions` of them) at the first start's wall-clock time in "
            + "the therapist's zone every `everyDays` days (the plan's interval when left out), the same time across a "
            + "daylight-saving change. With `ifTaken` BOOK_NONE (the default) every session is booked or none is (409 naming "
            + "each that is not free); with BOOK_THE_REST the free ones are booked and the others listed. Requires "
            + "`Idempotency-Key`: a retry with the same key and body returns the same series (200).")
    @APIResponseSchema(value = SeriesView.class, responseCode = "201", responseDescription = "Booked.")
    @APIResponse(responseCode = "200", description = "This key booked already: the same series.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SeriesView.class)))
    @APIResponse(responseCode = "404", description = "The caller has no such plan.")
    @APIResponse(responseCode = "409", description = "Some sessions are not free (BOOK_NONE), none is, or the plan has no "
            + "session left to book.")
    @APIResponse(responseCode = "422", description = "The key was used with another body.")
    @POST
    @RolesAllowed("client")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<SeriesView> book(@PathParam("planId") UUID planId,
            @HeaderParam("Idempotency-Key") @Parameter(required = true,
                    description = "A key the client makes once per series, such as a UUID; retries send the same.",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200,
                            pattern = "^[!-~]{1,200}$")) String idempotencyKey,
            @RequestBody(content = @Content(mediaType = "application/json",
                    examples = @ExampleObject(name = "Five weekly sessions", value = SERIES_EXAMPLE)))
            @Valid @NotNull SeriesRequests.SeriesRequest request) {
        String key = BookingResource.idempotencyKey(idempotencyKey);
        Caller caller = Caller.of(identity);
        SeriesService.Booked booked;
        for (int attempt = 1;; attempt++) {
            try {
                booked = series.book(caller, planId, key, request);
                break;
            } catch (ProblemException refused) {
                var earlier = series.replay(caller, planId, key, request);
                if (earlier.isPresent()) {
                    booked = earlier.get();
                    break;
                }
                // A single booking took one of the times between the check and the insert: the
                // series rolled back whole. BOOK_THE_REST runs again and now leaves that one out.
                if (attempt >= BookingResource.RACE_ATTEMPTS || refused.problem().status() != 409
                        || request.ifTaken() != SeriesRequests.IfTaken.BOOK_THE_REST) {
                    throw refused;
                }
            } catch (RuntimeException race) {
                if (attempt >= BookingResource.RACE_ATTEMPTS || !NativeSql.rolledBackForARace(race)) {
                    throw race;
                }
            }
        }
        return booked.replayed() ? RestResponse.ok(booked.series())
                : Created.at("/api/v1/booking/series/" + booked.series().id(), booked.series());
    }
}
