package io.fascia.booking.booking;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fascia.booking.therapist.ListingSnapshot;
import io.fascia.platform.openapi.Bounds;
import io.fascia.platform.openapi.Formats;

/**
 * A booking without health data; times in the therapist's zone, with the offset in force.
 *
 * @param cancelledBy CLIENT or THERAPIST once cancelled, otherwise null
 * @param timeZone    the therapist's IANA zone, which the offsets of start and end are in: pages and
 *                    calendar files name it, so nobody arrives at the wrong hour
 * @param seriesId    the series of a treatment plan this session was booked in, if any
 */
public record BookingView(UUID id, UUID therapistId, @Size(max = ListingSnapshot.DISPLAY_NAME_MAX) String therapistName,
        UUID offeringId, OffsetDateTime start, OffsetDateTime end, @Schema(implementation = BookingStatus.class) String status,
        @Schema(enumeration = { "CLIENT", "THERAPIST" }, nullable = true) String cancelledBy, Offered offering,
        CancellationPolicy cancellationPolicy,
        boolean intakeGiven, @Schema(description = Formats.TIME_ZONE_DESCRIPTION, pattern = Formats.TIME_ZONE,
                maxLength = 64) String timeZone,
        @Schema(nullable = true) UUID seriesId) {

    public record Offered(@Schema(implementation = ListingSnapshot.Kind.class) String kind,
            @Size(max = ListingSnapshot.TITLE_MAX) String title, @Min(MIN_MINUTES) @Max(MAX_MINUTES) int minutes,
            BigDecimal price,
            @Size(min = Bounds.CURRENCY, max = Bounds.CURRENCY) @Schema(pattern = Bounds.CURRENCY_PATTERN) String currency,
            @Schema(implementation = ListingSnapshot.SessionType.class) String sessionType) {

        /** How long an offering may last, as directory and the CHECK constraint on offerings allow. */
        public static final int MIN_MINUTES = 15;
        public static final int MAX_MINUTES = 240;
    }

    /** The policy in force when the booking was made; later changes to the listing do not alter it. */
    public record CancellationPolicy(@Min(0) @Max(MAX_WINDOW_HOURS) int windowHours, @Size(max = 200) String summary,
            OffsetDateTime freeUntil) {

        /** The longest cancellation window a listing may set: a week. */
        public static final int MAX_WINDOW_HOURS = 168;
    }
}
