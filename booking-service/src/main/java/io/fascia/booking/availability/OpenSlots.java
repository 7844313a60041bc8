package io.fascia.booking.availability;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Expands a therapist's availability into the start times a client may book. Pure: no clock, no
 * database.
 *
 * <p>Availability is wall-clock time in the therapist's IANA zone (weekly rules, and per-date
 * overrides that replace them); bookings are instants. Each window is turned into the instants its
 * local start and end denote on that date, so DST just works: on a spring-forward day a window
 * across the gap is an hour shorter in real time, on a fall-back day an hour longer, and a local
 * time inside the gap means the first valid moment after it.
 */
public final class OpenSlots {

    private OpenSlots() {
    }

    /** A window of wall-clock time on a day; {@code end} after {@code start}. */
    public record Window(LocalTime start, LocalTime end) {
        public Window {
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("a window must end after it starts: " + start + "-" + end);
            }
        }
    }

    /** A booked interval, already including the buffer after it. */
    public record Busy(Instant start, Instant end) {
    }

    /**
     * @param step          distance between candidate start times inside a window
     * @param buffer        time kept free after each session
     * @param minimumNotice how long before its start a slot can still be booked
     * @param horizonDays   how many days ahead (counted from today in the therapist's zone) can be booked
     */
    public record Policy(Duration step, Duration buffer, Duration minimumNotice, int horizonDays) {
    }

    /**
     * @param weekly    the usual windows per weekday
     * @param overrides per date, windows that replace the weekly ones; an empty list is a day off
     * @param busy      existing bookings (with their buffers)
     * @param from      first local date to look at (inclusive)
     * @param to        last local date to look at (inclusive)
     * @return the bookable start times in order, with the offset in force at each
     */
    public static List<OffsetDateTime> between(ZoneId zone, Map<DayOfWeek, List<Window>> weekly,
            Map<LocalDate, List<Window>> overrides, Collection<Busy> busy, Duration sessionLength, Policy policy,
            LocalDate from, LocalDate to, Instant now) {
        Instant earliest = now.plus(policy.minimumNotice());
        LocalDate lastBookableDay = now.atZone(zone).toLocalDate().plusDays(policy.horizonDays());
        Duration occupied = sessionLength.plus(policy.buffer());
        List<OffsetDateTime> starts = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to) && !date.isAfter(lastBookableDay); date = date.plusDays(1)) {
            for (Window window : windowsOn(date, weekly, overrides)) {
                Instant windowStart = ZonedDateTime.of(date, window.start(), zone).toInstant();
                Instant windowEnd = ZonedDateTime.of(date, window.end(), zone).toInstant();
                for (Instant start = windowStart; !start.plus(sessionLength).isAfter(windowEnd); start = start.plus(policy.step())) {
                    if (start.isBefore(earliest) || overlaps(start, start.plus(occupied), busy)) {
                        continue;
                    }
                    starts.add(start.atZone(zone).toOffsetDateTime());
                }
            }
        }
        starts.sort(null);
        return starts;
    }

    /**
     * Whether a session of {@code sessionLength} could start at {@code start} by the windows alone,
     * as {@link #between} would list it with no bookings, no notice and no horizon: the start lies
     * a whole number of steps into a window on its date and the session ends inside it. It looks at
     * the few windows of that date instead of listing every start, which a booking does not need.
     */
    public static boolean opensAt(ZoneId zone, Map<DayOfWeek, List<Window>> weekly, Map<LocalDate, List<Window>> overrides,
            Duration sessionLength, Duration step, Instant start) {
        LocalDate day = start.atZone(zone).toLocalDate();
        // A window's instants fall on its own local date, but the neighbours cost nothing to ask.
        for (LocalDate date = day.minusDays(1); !date.isAfter(day.plusDays(1)); date = date.plusDays(1)) {
            for (Window window : windowsOn(date, weekly, overrides)) {
                Instant windowStart = ZonedDateTime.of(date, window.start(), zone).toInstant();
                Instant windowEnd = ZonedDateTime.of(date, window.end(), zone).toInstant();
                if (!start.isBefore(windowStart) && !start.plus(sessionLength).isAfter(windowEnd)
                        && Duration.between(windowStart, start).toNanos() % step.toNanos() == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A date's windows: its override when it has one (an empty one is a day off), else its weekday's. */
    private static List<Window> windowsOn(LocalDate date, Map<DayOfWeek, List<Window>> weekly,
            Map<LocalDate, List<Window>> overrides) {
        return overrides.containsKey(date) ? overrides.get(date) : weekly.getOrDefault(date.getDayOfWeek(), List.of());
    }

    private static boolean overlaps(Instant start, Instant end, Collection<Busy> busy) {
        for (Busy b : busy) {
            if (start.isBefore(b.end()) && b.start().isBefore(end)) {
                return true;
            }
        }
        return false;
    }
}
