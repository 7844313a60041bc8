package io.fascia.booking.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.fascia.booking.availability.Availability;
import io.fascia.booking.availability.AvailabilityRequests;
import io.fascia.booking.booking.BookingRequests;
import io.fascia.booking.booking.Caller;
import io.fascia.booking.booking.SessionCompleted;
import io.fascia.booking.booking.SessionEvents;
import io.fascia.booking.client.BookingService;
import io.fascia.booking.therapist.BookableOffering;
import io.fascia.booking.therapist.BookableTherapist;
import io.fascia.booking.therapist.ListingSnapshot;
import io.fascia.platform.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * The local demo's calendars ({@code fascia.demo.enabled=true}, set by deploy/fascia; never in
 * tests or production). Directory's demo listings arrive here as snapshots; the first time a
 * demo therapist becomes bookable they get weekday availability, and three of them a history:
 * completed sessions (whose events let review-service's demo tell the outcome story), a no-show,
 * a late cancellation and upcoming bookings, demo-client's among them. A therapist who already
 * has availability is left alone, so restarts change nothing.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final List<String> NAMES = List.of("Alex Kim", "Morgan Patel", "Sam Rivera", "Jordan Lee", "Taylor Brooks",
            "Riley Chen");

    @ConfigProperty(name = "fascia.demo.therapist-subject", defaultValue = "5d0c8f7e-1c1a-4c3e-9a51-0c1e4e7d0002")
    String demoTherapist;

    @ConfigProperty(name = "fascia.demo.client-subject", defaultValue = "5d0c8f7e-1c1a-4c3e-9a51-0c1e4e7d0001")
    String demoClient;

    @Inject
    EntityManager em;

    @Inject
    Availability availability;

    @Inject
    BookingService bookings;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** What brings a demo therapist's clients: condition, body regions, and their pain at intake (lowest, highest). */
    private record Story(String condition, List<String> regions, int lowestPain, int highestPain) {

        int painOf(int client) {
            return lowestPain + client % (highestPain - lowestPain + 1);
        }
    }

    /** The demo's work runs only with {@code fascia.demo.enabled}. */
    @Singleton
    public static class Off implements Scheduled.SkipPredicate {

        @ConfigProperty(name = "fascia.demo.enabled", defaultValue = "false")
        boolean enabled;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !enabled;
        }
    }

    /**
     * Opens the calendar of each demo therapist who has become bookable and has none yet. The demo
     * finds its work in the replica, like any reader of directory's snapshots; production code
     * fires nothing for it.
     */
    @Scheduled(every = "${fascia.demo.every:3s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Off.class)
    void openDemoCalendars() {
        @SuppressWarnings("unchecked")
        List<UUID> waiting = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT t.therapist_id FROM bookable_therapist t
                WHERE (t.subject = ?1 OR t.subject LIKE 'demo-listing-%') AND t.bookable
                  AND EXISTS (SELECT 1 FROM bookable_offering o WHERE o.therapist_id = t.therapist_id)
                  AND NOT EXISTS (SELECT 1 FROM availability_settings a WHERE a.therapist_id = t.therapist_id)""")
                .setParameter(1, demoTherapist).getResultList());
        for (UUID therapist : waiting) {
            try {
                QuarkusTransaction.requiringNew().run(() -> listing(therapist).filter(ListingSnapshot::bookable)
                        .ifPresent(this::seed));
            } catch (RuntimeException e) {
                LOG.warnf(e, "Demo data: could not seed the calendar of therapist %s", therapist);
            }
        }
    }

    /** The demo therapist as their latest snapshot described them, read back from the replica. */
    private Optional<ListingSnapshot> listing(UUID therapistId) {
        BookableTherapist t = em.find(BookableTherapist.class, therapistId);
        if (t == null) {
            return Optional.empty();
        }
        List<ListingSnapshot.Offering> offerings = em.createQuery(
                "from BookableOffering o where o.therapist.id = ?1 order by o.id", BookableOffering.class)
                .setParameter(1, therapistId).getResultStream()
                .map(o -> new ListingSnapshot.Offering(o.id(), o.kind(), o.title(), o.minutes(), o.priceCents(), o.currency(),
                        o.sessionType()))
                .toList();
        return Optional.of(new ListingSnapshot(t.id(), t.subject(), t.displayName(), t.bookable(), t.zone().getId(),
                t.cancellationWindowHours(), offerings, null));
    }

    private void seed(ListingSnapshot listing) {
        long configured = ((Number) em.createNativeQuery("SELECT count(*) FROM availability_settings WHERE therapist_id = ?1")
                .setParameter(1, listing.therapistId()).getSingleResult()).longValue();
        if (configured > 0) {
            return;
        }
        availability.replace(listing.subject(), weekdays());
        Optional<Story> story = story(listing.subject());
        story.ifPresent(s -> history(listing, s));
        LOG.infof("Demo data: calendar of %s opened%s", listing.displayName(), story.isPresent() ? " with sessions" : "");
    }

    /** Monday to Friday 09:00-17:00 and Saturday morning, 15 minutes between sessions, 12 hours' notice. */
    private static AvailabilityRequests.AvailabilityRequest weekdays() {
        List<AvailabilityRequests.WeeklyWindowRequest> week = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.add(new AvailabilityRequests.WeeklyWindowRequest(day, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        }
        week.add(new AvailabilityRequests.WeeklyWindowRequest(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)));
        return new AvailabilityRequests.AvailabilityRequest(week, List.of(), 15, 12, 60, 30);
    }

    /** The three therapists the demo's outcome story is about (see directory's demo town). */
    private Optional<Story> story(String subject) {
        Map<String, Story> stories = Map.of(
                demoTherapist, new Story("upper-back-pain", List.of("upper-back", "shoulder-blades"), 6, 8),
                "demo-listing-01", new Story("tension-headache", List.of("neck", "head"), 5, 7),
                // The spa's clients come with the same upper back pain as Theo's: the outcomes tell them apart.
                "demo-listing-04", new Story("upper-back-pain", List.of("upper-back", "shoulder-blades"), 6, 8));
        return Optional.ofNullable(stories.get(subject));
    }

    private void history(ListingSnapshot listing, Story story) {
        ZoneId zone = ZoneId.of(listing.timeZone());
        ListingSnapshot.Offering offering = listing.offerings().stream().filter(o -> !"INITIAL_ASSESSMENT".equals(o.kind()))
                .findFirst().orElse(listing.offerings().get(0));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        // Six clients completed a session 29 to 54 days ago: far enough back for the 4-week check-in.
        for (int i = 0; i < 6; i++) {
            String tag = listing.subject().equals(demoTherapist) ? "theo" : listing.subject().replace("demo-listing-", "listing");
            LocalDate day = weekday(today.minusDays(29 + 5L * i));
            past(listing, offering, "demo-client-" + tag + "-" + i, NAMES.get(i), day.atTime(10 + i % 3 * 2, 0).atZone(zone)
                    .toInstant(), "COMPLETED", story, story.painOf(i));
        }
        if (listing.subject().equals(demoTherapist)) {
            past(listing, offering, demoClient, "Demo Client", weekday(today.minusDays(14)).atTime(11, 0).atZone(zone).toInstant(),
                    "COMPLETED", story, 7);
            past(listing, offering, "demo-client-absent", "Casey Morgan", weekday(today.minusDays(3)).atTime(15, 0).atZone(zone).toInstant(),
                    "NO_SHOW", story, 5);
            // Yesterday's session, not yet marked: the therapist's schedule starts with something to do.
            past(listing, offering, demoClient, "Demo Client", weekdayBefore(today).atTime(9, 0).atZone(zone).toInstant(),
                    "CONFIRMED", story, 6);
            bookings.book(new Caller(demoClient, "Demo Client", true, false, false), "demo-upcoming",
                    new BookingRequests.BookingRequest(listing.therapistId(), offering.offeringId(),
                            weekday(today.plusDays(3)).atTime(10, 0).atZone(zone).toOffsetDateTime(), null));
            bookings.book(new Caller("demo-client-next-week", "Jamie Rivera", true, false, false), "demo-upcoming",
                    new BookingRequests.BookingRequest(listing.therapistId(), offering.offeringId(),
                            weekday(today.plusDays(8)).atTime(14, 0).atZone(zone).toOffsetDateTime(),
                            new BookingRequests.IntakeRequest("tension-headache", List.of("neck", "head"), 6,
                                    "Get through a full work week without a headache.", false, true)));
        }
    }

    /** The same weekday or the Monday after a weekend day, so demo sessions fall inside opening hours. */
    private static LocalDate weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /** The last weekday before {@code day}. */
    private static LocalDate weekdayBefore(LocalDate day) {
        LocalDate before = day.minusDays(1);
        while (before.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || before.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
            before = before.minusDays(1);
        }
        return before;
    }

    /**
     * A session in the past, written directly: booking refuses past starts, rightly, for everyone
     * but the demo. A completed one publishes its event like a real completion.
     */
    private void past(ListingSnapshot listing, ListingSnapshot.Offering offering, String client, String clientName,
            Instant start, String status, Story story, int baselinePain) {
        UUID id = UUID.randomUUID();
        Instant end = start.plus(Duration.ofMinutes(offering.minutes()));
        Instant booked = start.minus(Duration.ofDays(6));
        em.createNativeQuery("""
                INSERT INTO booking (id, therapist_id, offering_id, client_subject, client_name, starts_at, ends_at, blocked_until,
                    status, offering_kind, offering_title, minutes, price_cents, currency, session_type,
                    cancellation_window_hours, idempotency_key, request_fingerprint, created_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, 'demo', ?17)""")
                .setParameter(1, id).setParameter(2, listing.therapistId()).setParameter(3, offering.offeringId())
                .setParameter(4, client).setParameter(5, clientName)
                .setParameter(6, Timestamp.from(start)).setParameter(7, Timestamp.from(end)).setParameter(8, status)
                .setParameter(9, offering.kind()).setParameter(10, offering.title()).setParameter(11, offering.minutes())
                .setParameter(12, offering.priceCents()).setParameter(13, offering.currency())
                .setParameter(14, offering.sessionType()).setParameter(15, listing.cancellationWindowHours())
                .setParameter(16, "demo-" + id).setParameter(17, Timestamp.from(booked)).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO intake (booking_id, condition_code, body_regions, pain_now, goals, physician_referral, consent)
                VALUES (?1, ?2, ?3, ?4, 'Less pain through the working day.', false, true)""")
                .setParameter(1, id).setParameter(2, story.condition()).setParameter(3, story.regions().toArray(String[]::new))
                .setParameter(4, baselinePain).executeUpdate();
        change(id, "CONFIRMED", client, booked);
        if (!"CONFIRMED".equals(status)) {
            change(id, status, listing.subject(), end);
        }
        if ("COMPLETED".equals(status)) {
            outbox.publish(SessionEvents.TOPIC, id.toString(), SessionCompleted.TYPE, new SessionCompleted(id,
                    listing.therapistId(), client, offering.offeringId(), offering.kind(), offering.sessionType(),
                    story.condition(), story.regions(), baselinePain, start, end, end));
        }
    }

    private void change(UUID booking, String status, String actor, Instant at) {
        em.createNativeQuery("INSERT INTO booking_status_change (id, booking_id, status, actor, at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, booking).setParameter(3, status).setParameter(4, actor)
                .setParameter(5, Timestamp.from(at)).executeUpdate();
    }
}
