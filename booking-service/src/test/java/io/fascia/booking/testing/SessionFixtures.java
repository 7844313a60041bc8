package io.fascia.booking.testing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.fascia.booking.availability.Availability;
import io.fascia.booking.availability.AvailabilityRequests;
import io.fascia.booking.booking.BookingRequests;
import io.fascia.booking.booking.Caller;
import io.fascia.booking.client.BookingService;
import io.fascia.booking.therapist.BookableTherapists;
import io.fascia.booking.therapist.ListingSnapshot;

/** Therapists and bookings made through the services themselves, for tests with several actors. */
@ApplicationScoped
public class SessionFixtures {

    @Inject
    BookableTherapists therapists;

    @Inject
    Availability availability;

    @Inject
    BookingService bookings;

    public record Therapist(UUID id, UUID offering, String subject, ZoneId zone) {

        /** {@code hour}:00 local time, {@code daysAhead} days from today in the therapist's zone. */
        public OffsetDateTime at(int daysAhead, int hour) {
            return LocalDate.now(zone).plusDays(daysAhead).atTime(hour, 0).atZone(zone).toOffsetDateTime();
        }
    }

    /**
     * A bookable therapist open every day from 08:00 to 20:00 on the hour, with a 60-minute
     * medical follow-up offering, no buffer and no minimum notice.
     */
    public Therapist open(String subject, ZoneId zone, int cancellationWindowHours) {
        return open(subject, zone, cancellationWindowHours, 90);
    }

    /** The same, taking bookings {@code horizonDays} ahead. */
    public Therapist open(String subject, ZoneId zone, int cancellationWindowHours, int horizonDays) {
        Therapist t = new Therapist(UUID.randomUUID(), UUID.randomUUID(), subject, zone);
        therapists.apply(UUID.randomUUID().toString(), new ListingSnapshot(t.id(), subject, "Therapist " + subject, true,
                zone.getId(), cancellationWindowHours, List.of(new ListingSnapshot.Offering(t.offering(), "FOLLOW_UP",
                        "Follow-up", 60, 9500, "USD", "MEDICAL")), Instant.now()));
        List<AvailabilityRequests.WeeklyWindowRequest> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(new AvailabilityRequests.WeeklyWindowRequest(day, LocalTime.of(8, 0), LocalTime.of(20, 0)));
        }
        availability.replace(subject, new AvailabilityRequests.AvailabilityRequest(week, List.of(), 0, 0, horizonDays, 60));
        return t;
    }

    /** Books as {@code client}, with an intake for tension headaches at pain 6. */
    public UUID book(Therapist t, String client, OffsetDateTime start) {
        BookingRequests.IntakeRequest intake = new BookingRequests.IntakeRequest("tension-headache", List.of("neck", "head"), 6,
                "Fewer headache days at work", true, true);
        return bookings.book(new Caller(client, "Client " + client, true, false, false), UUID.randomUUID().toString(),
                new BookingRequests.BookingRequest(t.id(), t.offering(), start, intake)).booking().id();
    }
}
