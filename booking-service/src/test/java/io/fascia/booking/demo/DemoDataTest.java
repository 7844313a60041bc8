package io.fascia.booking.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.junit.jupiter.api.Test;

import io.fascia.booking.therapist.BookableTherapists;
import io.fascia.booking.therapist.ListingSnapshot;
import io.fascia.testing.PostgresAndKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With the demo on, demo listings get a calendar and a history the first time they become bookable. */
@QuarkusTest
@TestProfile(DemoDataTest.DemoOn.class)
@QuarkusTestResource(PostgresAndKafka.class)
class DemoDataTest {

    public static class DemoOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fascia.demo.enabled", "true", "fascia.demo.therapist-subject", "demo-therapist-under-test",
                    "fascia.demo.every", "1s");
        }
    }

    @Inject
    BookableTherapists therapists;

    @Inject
    EntityManager em;

    @Inject
    DemoData demo;

    @Test
    void theDemoTherapistGetsACalendarPastSessionsAndUpcomingOnesOnce() {
        UUID therapist = UUID.randomUUID();
        ListingSnapshot snapshot = new ListingSnapshot(therapist, "demo-therapist-under-test", "Theo Marsh, LMT", true,
                "America/Los_Angeles", 24, List.of(new ListingSnapshot.Offering(UUID.randomUUID(), "FOLLOW_UP",
                        "Follow-up treatment", 60, 11000, "USD", "MEDICAL")), Instant.now());
        therapists.apply(UUID.randomUUID().toString(), snapshot);
        // The demo's scheduled pass finds the new demo therapist and opens their calendar.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> byStatus(therapist).getOrDefault("CONFIRMED", 0L) == 3L);
        // A later snapshot of the same listing changes nothing: the calendar exists.
        therapists.apply(UUID.randomUUID().toString(), new ListingSnapshot(therapist, snapshot.subject(),
                snapshot.displayName(), true, snapshot.timeZone(), 24, snapshot.offerings(), Instant.now().plusSeconds(1)));
        // Further passes of the demo see the calendar and leave it alone.
        demo.openDemoCalendars();
        demo.openDemoCalendars();

        assertThat(byStatus(therapist)).containsEntry("COMPLETED", 7L).containsEntry("NO_SHOW", 1L)
                .containsEntry("CONFIRMED", 3L);
        long windows = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM weekly_window WHERE therapist_id = ?1").setParameter(1, therapist).getSingleResult())
                .longValue());
        assertThat(windows).isEqualTo(6);
        long completedEvents = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM outbox_message WHERE event_type = 'fascia.booking.session-completed.v1'")
                .getSingleResult()).longValue());
        assertThat(completedEvents).isGreaterThanOrEqualTo(7);
    }

    private Map<String, Long> byStatus(UUID therapist) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Tuple> rows = em.createNativeQuery(
                    "SELECT status, count(*) AS bookings FROM booking WHERE therapist_id = ?1 GROUP BY status", Tuple.class)
                    .setParameter(1, therapist).getResultList();
            return rows.stream().collect(java.util.stream.Collectors.toMap(r -> r.get("status", String.class),
                    r -> r.get("bookings", Number.class).longValue()));
        });
    }

    @Test
    void listingsOutsideTheDemoAreNeverTouched() {
        UUID therapist = UUID.randomUUID();
        therapists.apply(UUID.randomUUID().toString(), new ListingSnapshot(therapist, "a-real-therapist", "Real Person, LMT",
                true, "America/Los_Angeles", 24, List.of(new ListingSnapshot.Offering(UUID.randomUUID(), "FOLLOW_UP",
                        "Follow-up", 60, 11000, "USD", "MEDICAL")), Instant.now()));
        demo.openDemoCalendars();
        long settings = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM availability_settings WHERE therapist_id = ?1").setParameter(1, therapist)
                .getSingleResult()).longValue());
        assertThat(settings).isZero();
    }
}
