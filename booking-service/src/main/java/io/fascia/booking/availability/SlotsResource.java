package io.fascia.booking.availability;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fascia.platform.problem.Problem;
import io.fascia.platform.problem.ProblemException;

/**
 * {@code GET /api/v1/booking/therapists/{id}/slots?offeringId&from&to}: public. Open start times
 * for an offering between two dates of the therapist's calendar (inclusive, at most 31 days), as
 * ISO-8601 instants with the offset in force at each.
 */
@Tag(name = "Open slots",
        description = "When a therapist can be booked for an offering, computed from their weekly hours, exceptions and "
        + "bookings.")
@Path("/api/v1/booking/therapists/{therapistId}/slots")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class SlotsResource {

    @Inject
    Availability availability;

    @Operation(summary = "Open slots",
            description = "Start times open for the offering between two local dates (at most 31 days), in the practice's time "
            + "zone.")
    @GET
    public Availability.Slots slots(@PathParam("therapistId") UUID therapistId, @BeanParam SlotsQuery asked) {
        SlotQuery query = SlotQuery.parse(asked);
        return availability.open(therapistId, query.offering(), query.from(), query.to());
    }

    /** An offering and a range of local dates (inclusive, at most 31 days), every fault named by its parameter. */
    record SlotQuery(UUID offering, LocalDate from, LocalDate to) {

        static SlotQuery parse(SlotsQuery asked) {
            String offeringId = asked.offeringId;
            List<Problem.FieldError> errors = new ArrayList<>();
            UUID offering = null;
            try {
                offering = offeringId == null ? null : UUID.fromString(offeringId);
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("offeringId", "is not an id"));
            }
            if (offeringId == null) {
                errors.add(new Problem.FieldError("offeringId", "is required"));
            }
            LocalDate start = date(asked.from, "from", errors);
            LocalDate end = date(asked.to, "to", errors);
            if (start != null && end != null) {
                if (end.isBefore(start)) {
                    errors.add(new Problem.FieldError("to", "must not be before from"));
                } else if (ChronoUnit.DAYS.between(start, end) + 1 > Availability.MAX_RANGE_DAYS) {
                    errors.add(new Problem.FieldError("to",
                            "the range may cover at most " + Availability.MAX_RANGE_DAYS + " days"));
                }
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            return new SlotQuery(offering, start, end);
        }

        private static LocalDate date(String value, String field, List<Problem.FieldError> errors) {
            if (value == null) {
                errors.add(new Problem.FieldError(field, "is required, as a date such as 2026-12-01"));
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError(field, "must be a date such as 2026-12-01"));
                return null;
            }
        }
    }
}
