package io.fascia.booking.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OpenSlotsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final OpenSlots.Policy HOURLY = new OpenSlots.Policy(Duration.ofHours(1), Duration.ZERO, Duration.ZERO, 365);
    private static final Instant LONG_BEFORE = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void anOrdinaryMorningInQuarterHourSteps() {
        OpenSlots.Policy quarter = new OpenSlots.Policy(Duration.ofMinutes(15), Duration.ZERO, Duration.ZERO, 365);
        List<OffsetDateTime> slots = OpenSlots.between(NEW_YORK, weekly(DayOfWeek.TUESDAY, "09:00", "12:00"), Map.of(),
                List.of(), Duration.ofMinutes(60), quarter, LocalDate.parse("2026-06-02"), LocalDate.parse("2026-06-02"),
                LONG_BEFORE);
        assertThat(slots).hasSize(9);
        assertThat(slots.get(0)).hasToString("2026-06-02T09:00-04:00");
        assertThat(slots.get(8)).hasToString("2026-06-02T11:00-04:00");
    }

    @Test
    void newYorkSpringForwardWindowAcrossTheGapIsAnHourShorter() {
        // 2026-03-08: 02:00 EST becomes 03:00 EDT.
        List<String> slots = strings(OpenSlots.between(NEW_YORK, weekly(DayOfWeek.SUNDAY, "01:00", "04:00"), Map.of(),
                List.of(), Duration.ofHours(1), HOURLY, LocalDate.parse("2026-03-08"), LocalDate.parse("2026-03-08"),
                LONG_BEFORE));
        assertThat(slots).containsExactly("2026-03-08T01:00-05:00", "2026-03-08T03:00-04:00");
    }

    @Test
    void newYorkSpringForwardDoesNotMoveADaytimeWindow() {
        List<String> slots = strings(OpenSlots.between(NEW_YORK, weekly(DayOfWeek.SUNDAY, "09:00", "11:00"), Map.of(),
                List.of(), Duration.ofHours(1), HOURLY, LocalDate.parse("2026-03-07"), LocalDate.parse("2026-03-08"),
                LONG_BEFORE));
        assertThat(slots).containsExactly("2026-03-08T09:00-04:00", "2026-03-08T10:00-04:00");
    }

    @Test
    void newYorkFallBackWindowAcrossTheRepeatedHourIsAnHourLonger() {
        // 2026-11-01: 02:00 EDT becomes 01:00 EST; 01:00-02:00 happens twice.
        List<String> slots = strings(OpenSlots.between(NEW_YORK, weekly(DayOfWeek.SUNDAY, "00:00", "03:00"), Map.of(),
                List.of(), Duration.ofHours(1), HOURLY, LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-01"),
                LONG_BEFORE));
        assertThat(slots).containsExactly("2026-11-01T00:00-04:00", "2026-11-01T01:00-04:00", "2026-11-01T01:00-05:00",
                "2026-11-01T02:00-05:00");
    }

    @Test
    void berlinSpringForward() {
        // 2026-03-29: 02:00 CET becomes 03:00 CEST; a window starting in the gap starts when the gap ends.
        List<String> slots = strings(OpenSlots.between(BERLIN, weekly(DayOfWeek.SUNDAY, "02:30", "05:00"), Map.of(),
                List.of(), Duration.ofHours(1), HOURLY, LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-29"),
                LONG_BEFORE));
        assertThat(slots).containsExactly("2026-03-29T03:30+02:00");
    }

    @Test
    void berlinFallBack() {
        // 2026-10-25: 03:00 CEST becomes 02:00 CET.
        List<String> slots = strings(OpenSlots.between(BERLIN, weekly(DayOfWeek.SUNDAY, "01:00", "04:00"), Map.of(),
                List.of(), Duration.ofHours(1), HOURLY, LocalDate.parse("2026-10-25"), LocalDate.parse("2026-10-25"),
                LONG_BEFORE));
        assertThat(slots).containsExactly("2026-10-25T01:00+02:00", "2026-10-25T02:00+02:00", "2026-10-25T02:00+01:00",
                "2026-10-25T03:00+01:00");
    }

    @Test
    void bookingsAndTheirBufferBlockOverlappingStarts() {
        OpenSlots.Policy withBuffer = new OpenSlots.Policy(Duration.ofMinutes(30), Duration.ofMinutes(15), Duration.ZERO, 365);
        Instant booked = Instant.parse("2026-06-02T14:00:00Z"); // 10:00 in New York
        List<String> slots = strings(OpenSlots.between(NEW_YORK, weekly(DayOfWeek.TUESDAY, "09:00", "13:00"), Map.of(),
                List.of(new OpenSlots.Busy(booked, booked.plus(Duration.ofMinutes(75)))), Duration.ofMinutes(60), withBuffer,
                LocalDate.parse("2026-06-02"), LocalDate.parse("2026-06-02"), LONG_BEFORE));
        // 09:00 would run into 10:00 with its buffer; the booking ends at 11:15 with its own.
        assertThat(slots).containsExactly("2026-06-02T11:30-04:00", "2026-06-02T12:00-04:00");
    }

    @Test
    void overridesReplaceTheWeekAndAnEmptyOneIsADayOff() {
        Map<LocalDate, List<OpenSlots.Window>> overrides = Map.of(
                LocalDate.parse("2026-06-02"), List.of(),
                LocalDate.parse("2026-06-06"), List.of(new OpenSlots.Window(LocalTime.parse("10:00"), LocalTime.parse("12:00"))));
        List<String> slots = strings(OpenSlots.between(NEW_YORK, weekly(DayOfWeek.TUESDAY, "09:00", "11:00"), overrides,
                List.of(), Duration.ofHours(1), HOURLY, LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-07"),
                LONG_BEFORE));
        assertThat(slots).containsExactly("2026-06-06T10:00-04:00", "2026-06-06T11:00-04:00");
    }

    @Test
    void minimumNoticeAndHorizonCutTheRange() {
        OpenSlots.Policy policy = new OpenSlots.Policy(Duration.ofHours(1), Duration.ZERO, Duration.ofHours(24), 2);
        Instant now = Instant.parse("2026-06-01T13:30:00Z"); // Monday 09:30 in New York
        Map<DayOfWeek, List<OpenSlots.Window>> everyDay = new java.util.EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            everyDay.put(day, List.of(new OpenSlots.Window(LocalTime.parse("09:00"), LocalTime.parse("12:00"))));
        }
        List<String> slots = strings(OpenSlots.between(NEW_YORK, everyDay, Map.of(), List.of(), Duration.ofHours(1), policy,
                LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-10"), now));
        assertThat(slots).containsExactly("2026-06-02T10:00-04:00", "2026-06-02T11:00-04:00",
                "2026-06-03T09:00-04:00", "2026-06-03T10:00-04:00", "2026-06-03T11:00-04:00");
    }

    @Test
    void aStartOpensExactlyWhenTheListWouldHoldIt() {
        // Every five minutes of both DST weeks in two zones, against windows that meet a gap, a
        // repeated hour, an odd step and an override: opensAt answers what between lists.
        Map<DayOfWeek, List<OpenSlots.Window>> week = new java.util.EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of(new OpenSlots.Window(LocalTime.parse("00:00"), LocalTime.parse("03:10")),
                    new OpenSlots.Window(LocalTime.parse("09:05"), LocalTime.parse("12:00")),
                    new OpenSlots.Window(LocalTime.parse("22:00"), LocalTime.parse("23:59"))));
        }
        for (ZoneId zone : List.of(NEW_YORK, BERLIN)) {
            for (String first : List.of("2026-03-06", "2026-03-27", "2026-10-23", "2026-10-30")) {
                LocalDate from = LocalDate.parse(first);
                LocalDate to = from.plusDays(4);
                Map<LocalDate, List<OpenSlots.Window>> overrides = Map.of(from.plusDays(1), List.of(),
                        from.plusDays(3), List.of(new OpenSlots.Window(LocalTime.parse("01:30"), LocalTime.parse("04:00"))));
                for (Duration step : List.of(Duration.ofMinutes(15), Duration.ofMinutes(25))) {
                    OpenSlots.Policy policy = new OpenSlots.Policy(step, Duration.ZERO, Duration.ZERO, 365);
                    java.util.Set<Instant> listed = new java.util.HashSet<>();
                    OpenSlots.between(zone, week, overrides, List.of(), Duration.ofMinutes(50), policy, from.minusDays(1),
                            to.plusDays(1), LONG_BEFORE).forEach(s -> listed.add(s.toInstant()));
                    Instant end = to.atStartOfDay(zone).toInstant();
                    int open = 0;
                    for (Instant t = from.atStartOfDay(zone).toInstant(); t.isBefore(end); t = t.plus(Duration.ofMinutes(5))) {
                        boolean opens = OpenSlots.opensAt(zone, week, overrides, Duration.ofMinutes(50), step, t);
                        assertThat(opens).as("%s in %s, step %s", t, zone, step).isEqualTo(listed.contains(t));
                        open += opens ? 1 : 0;
                    }
                    assertThat(open).as("starts found in %s from %s", zone, from).isGreaterThan(20);
                }
            }
        }
    }

    private static Map<DayOfWeek, List<OpenSlots.Window>> weekly(DayOfWeek day, String start, String end) {
        return Map.of(day, List.of(new OpenSlots.Window(LocalTime.parse(start), LocalTime.parse(end))));
    }

    private static List<String> strings(List<OffsetDateTime> slots) {
        return slots.stream().map(OffsetDateTime::toString).toList();
    }
}
