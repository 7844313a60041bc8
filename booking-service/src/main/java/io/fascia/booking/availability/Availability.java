package io.fascia.booking.availability;

import java.sql.Time;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fascia.booking.booking.BookingStatus;
import io.fascia.booking.booking.BookingView;
import io.fascia.booking.therapist.BookableOffering;
import io.fascia.booking.therapist.BookableTherapist;
import io.fascia.platform.openapi.Formats;
import io.fascia.platform.problem.Problem;
import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.sql.NativeSql;

/** Stores a therapist's availability and answers which start times are open. */
@ApplicationScoped
public class Availability {

    /** The longest range one slots request may cover. */
    public static final int MAX_RANGE_DAYS = 31;
    private static final Set<Integer> STEPS = Set.of(5, 10, 15, 20, 30, 60);
    private static final int SHORTEST_STEP = 5;

    /** The most starts one answer can hold: one per shortest step, a day with an extra hour (DST) included. */
    public static final int MAX_STARTS = (MAX_RANGE_DAYS * 24 + 1) * 60 / SHORTEST_STEP;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    public record Slots(UUID therapistId, UUID offeringId, @Schema(description = Formats.TIME_ZONE_DESCRIPTION,
            pattern = Formats.TIME_ZONE, maxLength = 64) String timeZone,
            @Min(BookingView.Offered.MIN_MINUTES) @Max(BookingView.Offered.MAX_MINUTES) int minutes,
            @Size(max = MAX_STARTS) List<OffsetDateTime> starts) {
    }

    /** The therapist a token subject manages in booking, known once directory has published the listing. */
    public UUID therapistOf(String subject) {
        return em.createQuery("select t.id from BookableTherapist t where t.subject = ?1", UUID.class).setParameter(1, subject)
                .getResultStream().findFirst().orElseThrow(() -> ProblemException.conflict(
                        "Booking does not know your listing yet: create it in the directory first, then try again in a moment."));
    }

    @Transactional
    public AvailabilityRequests.AvailabilityRequest replace(String subject, AvailabilityRequests.AvailabilityRequest request) {
        check(request);
        UUID therapist = therapistOf(subject);
        int step = request.slotStepMinutes() == null ? 15 : request.slotStepMinutes();
        em.createNativeQuery("DELETE FROM availability_settings WHERE therapist_id = ?1").setParameter(1, therapist).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO availability_settings (therapist_id, buffer_minutes, minimum_notice_hours, horizon_days,
                    slot_step_minutes, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, therapist).setParameter(2, request.bufferMinutes())
                .setParameter(3, request.minimumNoticeHours()).setParameter(4, request.horizonDays())
                .setParameter(5, step).setParameter(6, java.sql.Timestamp.from(Instant.now(clock))).executeUpdate();
        for (AvailabilityRequests.WeeklyWindowRequest w : request.weekly()) {
            em.createNativeQuery("INSERT INTO weekly_window (therapist_id, weekday, start_time, end_time) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, therapist).setParameter(2, w.day().getValue())
                    .setParameter(3, Time.valueOf(w.start())).setParameter(4, Time.valueOf(w.end())).executeUpdate();
        }
        for (AvailabilityRequests.OverrideRequest o : overrides(request)) {
            List<AvailabilityRequests.WindowRequest> windows = o.windows() == null ? List.of() : o.windows();
            if (windows.isEmpty()) {
                em.createNativeQuery("INSERT INTO date_override (therapist_id, on_date) VALUES (?1, ?2)")
                        .setParameter(1, therapist).setParameter(2, java.sql.Date.valueOf(o.date())).executeUpdate();
            }
            for (AvailabilityRequests.WindowRequest w : windows) {
                em.createNativeQuery("INSERT INTO date_override (therapist_id, on_date, start_time, end_time) VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, therapist).setParameter(2, java.sql.Date.valueOf(o.date()))
                        .setParameter(3, Time.valueOf(w.start())).setParameter(4, Time.valueOf(w.end())).executeUpdate();
            }
        }
        return read(therapist);
    }

    @Transactional
    public AvailabilityRequests.AvailabilityRequest readOwn(String subject) {
        return read(therapistOf(subject));
    }

    /** Open start times for an offering of a bookable therapist between two local dates (inclusive). */
    @Transactional
    public Slots open(UUID therapist, UUID offering, LocalDate from, LocalDate to) {
        return slots(therapist, offering, from, to, true)
                .orElseThrow(() -> ProblemException.notFound(
                        "There is no bookable therapist " + therapist + " with offering " + offering + "."));
    }

    /**
     * The open start times a therapist's own listing would offer clients, before it is bookable
     * too: the owner checks their hours against what clients will see.
     */
    @Transactional
    public Slots preview(String subject, UUID offering, LocalDate from, LocalDate to) {
        return slots(therapistOf(subject), offering, from, to, false)
                .orElseThrow(() -> ProblemException.notFound("Your listing has no offering " + offering + "."));
    }

    private java.util.Optional<Slots> slots(UUID therapist, UUID offering, LocalDate from, LocalDate to,
            boolean onlyBookable) {
        BookableOffering found = em.find(BookableOffering.class, offering);
        if (found == null || !found.therapist().id().equals(therapist) || onlyBookable && !found.therapist().bookable()) {
            return java.util.Optional.empty();
        }
        ZoneId zone = found.therapist().zone();
        int minutes = found.minutes();
        AvailabilityRequests.AvailabilityRequest availability = read(therapist);
        if (availability == null) {
            return java.util.Optional.of(new Slots(therapist, offering, zone.getId(), minutes, List.of()));
        }
        List<OffsetDateTime> starts = starts(availability, zone, busy(therapist), minutes,
                Duration.ofHours(availability.minimumNoticeHours()), from, to);
        return java.util.Optional.of(new Slots(therapist, offering, zone.getId(), minutes, starts));
    }

    /** The days one look for openings covers; a therapist booked solid looks further, up to their horizon. */
    static final int OPENINGS_LOOK_DAYS = 14;

    /**
     * The next {@code count} open starts of each offering kind of a bookable therapist, soonest
     * first, looking up to their booking horizon; empty when they cannot be booked or have no hours.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, List<OffsetDateTime>> nextOpenings(UUID therapist, int count) {
        BookableTherapist found = em.find(BookableTherapist.class, therapist);
        AvailabilityRequests.AvailabilityRequest availability = found == null || !found.bookable() ? null : read(therapist);
        if (availability == null) {
            return Map.of();
        }
        ZoneId zone = found.zone();
        List<OpenSlots.Busy> busy = busy(therapist);
        Duration notice = Duration.ofHours(availability.minimumNoticeHours());
        LocalDate today = Instant.now(clock).atZone(zone).toLocalDate();
        LocalDate last = today.plusDays(availability.horizonDays());
        Map<String, List<OffsetDateTime>> byKind = new TreeMap<>();
        List<BookableOffering> offerings = em.createQuery("from BookableOffering o where o.therapist.id = ?1",
                BookableOffering.class).setParameter(1, therapist).getResultList();
        for (BookableOffering offering : offerings) {
            List<OffsetDateTime> open = new ArrayList<>();
            for (LocalDate from = today; open.size() < count && !from.isAfter(last);
                    from = from.plusDays(OPENINGS_LOOK_DAYS)) {
                LocalDate to = from.plusDays(OPENINGS_LOOK_DAYS - 1L);
                open.addAll(starts(availability, zone, busy, offering.minutes(), notice, from, to.isAfter(last) ? last : to));
            }
            List<OffsetDateTime> merged = new ArrayList<>(byKind.getOrDefault(offering.kind(), List.of()));
            merged.addAll(open);
            byKind.put(offering.kind(), merged.stream().distinct().sorted().limit(count).toList());
        }
        return byKind;
    }

    /** What a booking needs to know about a start it was asked for. */
    public record Opening(Duration buffer, ZoneId zone) {
    }

    /**
     * Checks that a session could start at {@code start} by the therapist's availability alone
     * (whether someone else holds the time is for the database to decide); says why not.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Opening requireOpen(UUID therapist, UUID offering, Instant start, int minutes, ZoneId zone) {
        AvailabilityRequests.AvailabilityRequest availability = read(therapist);
        Instant now = Instant.now(clock);
        if (!start.isAfter(now)) {
            throw ProblemException.unprocessable("That start time is in the past.");
        }
        if (availability == null) {
            throw ProblemException.unprocessable("This therapist has not opened their calendar yet.");
        }
        if (start.isBefore(now.plus(Duration.ofHours(availability.minimumNoticeHours())))) {
            throw ProblemException.unprocessable("This therapist needs at least " + availability.minimumNoticeHours()
                    + " hours' notice.");
        }
        LocalDate day = start.atZone(zone).toLocalDate();
        if (day.isAfter(now.atZone(zone).toLocalDate().plusDays(availability.horizonDays()))) {
            throw ProblemException.unprocessable("This therapist takes bookings at most " + availability.horizonDays()
                    + " days ahead.");
        }
        // Bookings are left out here: whether someone else holds the time is the database's call (409).
        if (!OpenSlots.opensAt(zone, weeklyWindows(availability), overrideWindows(availability), Duration.ofMinutes(minutes),
                Duration.ofMinutes(availability.slotStepMinutes()), start)) {
            throw ProblemException.unprocessable("That start time is outside the therapist's availability; "
                    + "ask GET /api/v1/booking/therapists/" + therapist + "/slots for open times.");
        }
        return new Opening(Duration.ofMinutes(availability.bufferMinutes()), zone);
    }

    /** The open starts of a stored availability; minimum notice is passed in so a booking check can skip it. */
    private List<OffsetDateTime> starts(AvailabilityRequests.AvailabilityRequest availability, ZoneId zone,
            List<OpenSlots.Busy> busy, int minutes, Duration minimumNotice, LocalDate from, LocalDate to) {
        OpenSlots.Policy policy = new OpenSlots.Policy(Duration.ofMinutes(availability.slotStepMinutes()),
                Duration.ofMinutes(availability.bufferMinutes()), minimumNotice, availability.horizonDays());
        return OpenSlots.between(zone, weeklyWindows(availability), overrideWindows(availability), busy,
                Duration.ofMinutes(minutes), policy, from, to, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }

    private static Map<DayOfWeek, List<OpenSlots.Window>> weeklyWindows(AvailabilityRequests.AvailabilityRequest availability) {
        Map<DayOfWeek, List<OpenSlots.Window>> weekly = new EnumMap<>(DayOfWeek.class);
        availability.weekly().forEach(w -> weekly.computeIfAbsent(w.day(), d -> new ArrayList<>())
                .add(new OpenSlots.Window(w.start(), w.end())));
        return weekly;
    }

    private static Map<LocalDate, List<OpenSlots.Window>> overrideWindows(AvailabilityRequests.AvailabilityRequest availability) {
        Map<LocalDate, List<OpenSlots.Window>> overrides = new LinkedHashMap<>();
        availability.overrides().forEach(o -> overrides.put(o.date(),
                o.windows().stream().map(w -> new OpenSlots.Window(w.start(), w.end())).toList()));
        return overrides;
    }

    /** The times the therapist's bookings keep from others, from now on: the one query slots are computed against. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<OpenSlots.Busy> busy(UUID therapist) {
        List<Tuple> rows = em.createNativeQuery("SELECT starts_at, blocked_until FROM booking WHERE therapist_id = ?1 AND "
                + BookingStatus.HOLDS_TIME_SQL + " AND blocked_until > ?2", Tuple.class)
                .setParameter(1, therapist).setParameter(2, java.sql.Timestamp.from(Instant.now(clock))).getResultList();
        return rows.stream()
                .map(r -> new OpenSlots.Busy(NativeSql.instant(r.get("starts_at")), NativeSql.instant(r.get("blocked_until"))))
                .toList();
    }

    /** A weekly window and a date override's window (both times null: the date is off), as the read below gives them. */
    private record WeeklyRow(int day, LocalTime start, LocalTime end) {
    }

    private record OverrideRow(LocalDate date, LocalTime start, LocalTime end) {
    }

    /**
     * The therapist's stored availability in one statement (settings, weekly windows and overrides
     * together), since every booking and every slot page reads it.
     */
    private AvailabilityRequests.AvailabilityRequest read(UUID therapist) {
        List<Tuple> settings = em.createNativeQuery("""
                SELECT s.buffer_minutes, s.minimum_notice_hours, s.horizon_days, s.slot_step_minutes,
                       (SELECT COALESCE(json_agg(json_build_object('day', w.weekday, 'start', w.start_time, 'end', w.end_time)
                                                 ORDER BY w.weekday, w.start_time), '[]'::json)
                        FROM weekly_window w WHERE w.therapist_id = s.therapist_id)::text AS weekly,
                       (SELECT COALESCE(json_agg(json_build_object('date', o.on_date, 'start', o.start_time, 'end', o.end_time)
                                                 ORDER BY o.on_date, o.start_time), '[]'::json)
                        FROM date_override o WHERE o.therapist_id = s.therapist_id)::text AS overrides
                FROM availability_settings s WHERE s.therapist_id = ?1""", Tuple.class).setParameter(1, therapist)
                .getResultList();
        if (settings.isEmpty()) {
            return null;
        }
        Tuple s = settings.get(0);
        List<WeeklyRow> weekly = rows(s.get("weekly", String.class), WEEKLY_ROWS);
        Map<LocalDate, List<AvailabilityRequests.WindowRequest>> byDate = new LinkedHashMap<>();
        for (OverrideRow o : rows(s.get("overrides", String.class), OVERRIDE_ROWS)) {
            List<AvailabilityRequests.WindowRequest> windows = byDate.computeIfAbsent(o.date(), d -> new ArrayList<>());
            if (o.start() != null) {
                windows.add(new AvailabilityRequests.WindowRequest(o.start(), o.end()));
            }
        }
        return new AvailabilityRequests.AvailabilityRequest(
                weekly.stream().map(w -> new AvailabilityRequests.WeeklyWindowRequest(DayOfWeek.of(w.day()), w.start(), w.end()))
                        .toList(),
                byDate.entrySet().stream().map(e -> new AvailabilityRequests.OverrideRequest(e.getKey(), e.getValue())).toList(),
                number(s, "buffer_minutes"), number(s, "minimum_notice_hours"), number(s, "horizon_days"),
                number(s, "slot_step_minutes"));
    }

    private static final TypeReference<List<WeeklyRow>> WEEKLY_ROWS = new TypeReference<>() {
    };
    private static final TypeReference<List<OverrideRow>> OVERRIDE_ROWS = new TypeReference<>() {
    };

    private <T> List<T> rows(String json, TypeReference<List<T>> type) {
        try {
            return this.json.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The database gave availability rows that are not readable JSON", e);
        }
    }

    private static int number(Tuple row, String column) {
        return row.get(column, Number.class).intValue();
    }

    /** What bean validation cannot: window order, overlaps within a day, duplicate dates, the step. */
    private static void check(AvailabilityRequests.AvailabilityRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.slotStepMinutes() != null && !STEPS.contains(request.slotStepMinutes())) {
            errors.add(new Problem.FieldError("slotStepMinutes", "must be one of 5, 10, 15, 20, 30 or 60"));
        }
        Map<DayOfWeek, List<int[]>> byDay = new EnumMap<>(DayOfWeek.class);
        for (int i = 0; i < request.weekly().size(); i++) {
            AvailabilityRequests.WeeklyWindowRequest w = request.weekly().get(i);
            if (!w.end().isAfter(w.start())) {
                errors.add(new Problem.FieldError("weekly[" + i + "].end", "must be after start"));
            } else {
                byDay.computeIfAbsent(w.day(), d -> new ArrayList<>()).add(new int[] { w.start().toSecondOfDay(), w.end().toSecondOfDay(), i });
            }
        }
        byDay.values().forEach(windows -> {
            windows.sort(Comparator.comparingInt(a -> a[0]));
            for (int k = 1; k < windows.size(); k++) {
                if (windows.get(k)[0] < windows.get(k - 1)[1]) {
                    errors.add(new Problem.FieldError("weekly[" + windows.get(k)[2] + "]", "overlaps another window that day"));
                }
            }
        });
        List<AvailabilityRequests.OverrideRequest> overrides = overrides(request);
        java.util.Set<LocalDate> dates = new java.util.HashSet<>();
        for (int i = 0; i < overrides.size(); i++) {
            AvailabilityRequests.OverrideRequest o = overrides.get(i);
            if (!dates.add(o.date())) {
                errors.add(new Problem.FieldError("overrides[" + i + "].date", "is given twice"));
            }
            List<AvailabilityRequests.WindowRequest> windows = o.windows() == null ? List.of() : o.windows();
            for (int j = 0; j < windows.size(); j++) {
                if (!windows.get(j).end().isAfter(windows.get(j).start())) {
                    errors.add(new Problem.FieldError("overrides[" + i + "].windows[" + j + "].end", "must be after start"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static List<AvailabilityRequests.OverrideRequest> overrides(AvailabilityRequests.AvailabilityRequest request) {
        return request.overrides() == null ? List.of() : request.overrides();
    }
}
