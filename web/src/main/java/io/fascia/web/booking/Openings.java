package io.fascia.web.booking;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.fascia.web.api.Api;
import io.fascia.web.api.Models;

/**
 * Open times as pages show them: exactly what the booking service would accept, grouped by the
 * therapist's calendar day, in the therapist's zone (named on every time).
 */
@ApplicationScoped
public class Openings {

    @Inject
    Api api;

    /** One day of a therapist's calendar and its open starts. */
    public record Day(LocalDate date, List<OffsetDateTime> starts) {
    }

    /**
     * @param from the first day shown, in the therapist's calendar
     */
    public record Week(UUID therapistId, UUID offeringId, String zone, LocalDate from, List<Day> days) {

        public boolean isEmpty() {
            return days.isEmpty();
        }

        public LocalDate next() {
            return from.plusDays(7);
        }

        /** Whether an earlier week is still bookable (it starts after today). */
        public boolean hasPrevious() {
            return from.isAfter(today(zone));
        }

        public LocalDate previous() {
            return from.minusDays(7);
        }

        public int count() {
            return days.stream().mapToInt(d -> d.starts().size()).sum();
        }
    }

    /** The therapist's calendar date today. */
    public static LocalDate today(String zone) {
        return LocalDate.now(ZoneId.of(zone));
    }

    public Week week(UUID therapist, UUID offering, String zone, LocalDate from) {
        Models.Slots slots = api.call(c -> c.slots(therapist, offering, from.toString(), from.plusDays(6).toString()));
        return new Week(therapist, offering, slots.timeZone(), from, byDay(slots));
    }

    /** The next {@code count} open starts within the coming two weeks. */
    public List<OffsetDateTime> next(UUID therapist, UUID offering, String zone, int count) {
        LocalDate today = today(zone);
        Models.Slots slots = api.call(c -> c.slots(therapist, offering, today.toString(), today.plusDays(13).toString()));
        return slots.starts().stream().limit(count).toList();
    }

    /** Up to {@code count} open starts after a given one (for "that time was just taken"). */
    public List<OffsetDateTime> after(UUID therapist, UUID offering, OffsetDateTime taken, int count) {
        LocalDate day = taken.toLocalDate();
        Models.Slots slots = api.call(c -> c.slots(therapist, offering, day.toString(), day.plusDays(13).toString()));
        return slots.starts().stream().filter(s -> s.isAfter(taken)).limit(count).toList();
    }

    private static List<Day> byDay(Models.Slots slots) {
        ZoneId zone = ZoneId.of(slots.timeZone());
        Map<LocalDate, List<OffsetDateTime>> days = new LinkedHashMap<>();
        for (OffsetDateTime start : slots.starts()) {
            days.computeIfAbsent(start.atZoneSameInstant(zone).toLocalDate(), d -> new ArrayList<>()).add(start);
        }
        return days.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList();
    }

    /** The offering a visitor sees first: the initial assessment where there is one. */
    public static Models.Offering firstOffering(Models.Listing listing, UUID chosen) {
        return listing.offerings().stream().filter(o -> o.id().equals(chosen)).findFirst()
                .or(() -> listing.offerings().stream().filter(o -> "INITIAL_ASSESSMENT".equals(o.kind())).findFirst())
                .or(() -> listing.offerings().stream().findFirst())
                .orElse(null);
    }
}
