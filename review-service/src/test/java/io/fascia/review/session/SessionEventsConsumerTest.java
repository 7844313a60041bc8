package io.fascia.review.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.fascia.review.followup.CheckInDue;
import io.fascia.review.followup.CheckIns;
import io.fascia.testing.EventContract;
import io.fascia.testing.KafkaEvents;
import io.fascia.testing.PostgresAndKafka;
import io.fascia.testing.ShiftableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Booking's session events, as they arrive on the real topic, decide what is reviewable. */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class SessionEventsConsumerTest {

    private static final String TOPIC = "fascia.booking.sessions.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager em;

    @Inject
    CheckIns checkIns;

    @Inject
    ShiftableClock clock;

    @Test
    void aCompletedSessionIsRecordedWithItsBaselineOnceEvenWhenRedelivered() {
        UUID booking = UUID.randomUUID();
        UUID therapist = UUID.randomUUID();
        send(UUID.randomUUID().toString(), SessionEvent.CONFIRMED, booking, confirmed(booking, therapist));
        String completedId = UUID.randomUUID().toString();
        send(completedId, SessionEvent.COMPLETED, booking, completed(booking, therapist, "tension-headache", 6));
        await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(status(booking)));
        assertThat(text("SELECT condition_code || ':' || baseline_pain || ':' || session_type FROM session WHERE booking_id = ?1",
                booking)).isEqualTo("tension-headache:6:MEDICAL");

        // A redelivery of the completion and a stray late cancellation change nothing.
        send(completedId, SessionEvent.COMPLETED, booking, completed(booking, therapist, "neck-pain", 2));
        send(UUID.randomUUID().toString(), SessionEvent.CANCELLED, booking, confirmed(booking, therapist));
        UUID marker = UUID.randomUUID();
        send(UUID.randomUUID().toString(), SessionEvent.CONFIRMED, marker, confirmed(marker, therapist));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(marker) != null);
        assertThat(text("SELECT condition_code || ':' || status FROM session WHERE booking_id = ?1", booking))
                .isEqualTo("tension-headache:COMPLETED");
    }

    @Test
    void aCompletedMedicalSessionGetsItsCheckInsUnreviewedAndEachIsAnnouncedOnceWhenDue() {
        UUID booking = UUID.randomUUID();
        UUID therapist = UUID.randomUUID();
        send(UUID.randomUUID().toString(), SessionEvent.COMPLETED, booking, completed(booking, therapist, "neck-pain", 6));
        await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(status(booking)));
        assertThat(texts("SELECT due_after || ':' || status || ':' || (review_id IS NULL) FROM check_in WHERE booking_id = ?1 ORDER BY ordinal",
                booking)).containsExactly("P7D:OPEN:true", "P28D:OPEN:true");
        assertThat(checkIns.announceDue()).as("nothing is due yet").isZero();

        clock.travel(Duration.ofDays(8));
        try {
            assertThat(checkIns.announceDue()).isGreaterThanOrEqualTo(1);
            assertThat(checkIns.announceDue()).as("announced once").isZero();
        } finally {
            clock.reset();
        }
        var event = EventContract.of("review-service", "check-in-events.v1.json")
                .assertValid(new KafkaEvents(bootstrapServers).awaitEvent(CheckInDue.TOPIC, booking.toString(), CheckInDue.TYPE));
        assertThat(event.value().replace(" ", "")).contains("\"bookingId\":\"" + booking + "\"", "\"therapistId\":\"" + therapist + "\"",
                "\"clientSubject\":\"client-events\"", "\"ordinal\":1", "\"dueAfter\":\"P7D\"")
                .doesNotContain("neck", "baseline", "pain");
    }

    @Test
    void aCompletedRelaxationSessionGetsNoCheckInsUntilItIsReviewed() {
        UUID booking = UUID.randomUUID();
        send(UUID.randomUUID().toString(), SessionEvent.COMPLETED, booking,
                completed(booking, UUID.randomUUID(), "neck-pain", 4).replace("MEDICAL", "RELAXATION"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(status(booking)));
        assertThat(texts("SELECT status FROM check_in WHERE booking_id = ?1", booking)).isEmpty();
    }

    @Test
    void noShowsAreRecordedAsNeverReviewable() {
        UUID booking = UUID.randomUUID();
        UUID therapist = UUID.randomUUID();
        send(UUID.randomUUID().toString(), SessionEvent.CONFIRMED, booking, confirmed(booking, therapist));
        send(UUID.randomUUID().toString(), SessionEvent.NO_SHOW, booking, confirmed(booking, therapist));
        await().atMost(Duration.ofSeconds(30)).until(() -> "NO_SHOW".equals(status(booking)));
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndThePartitionKeepsFlowing() {
        UUID booking = UUID.randomUUID();
        UUID therapist = UUID.randomUUID();
        String unreadable = UUID.randomUUID().toString();
        String noBaseline = UUID.randomUUID().toString();
        send(unreadable, SessionEvent.COMPLETED, booking, "{not json");
        String overlongCondition = UUID.randomUUID().toString();
        send(noBaseline, SessionEvent.COMPLETED, booking, completed(booking, therapist, "neck-pain", null));
        send(overlongCondition, SessionEvent.COMPLETED, booking, completed(booking, therapist, "n".repeat(65), 5));
        send(UUID.randomUUID().toString(), SessionEvent.COMPLETED, booking, completed(booking, therapist, "neck-pain", 5));
        await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(status(booking)));
        assertThat(text("SELECT condition_code FROM session WHERE booking_id = ?1", booking)).isEqualTo("neck-pain");
        assertThat(new KafkaEvents(bootstrapServers).read("fascia.review.sessions-dlq.v1", 3).stream()
                .map(r -> KafkaEvents.header(r, "ce_id"))).contains(unreadable, noBaseline, overlongCondition);
    }

    @Test
    void anUnparsableTimeHeaderIsPoisonForThatMessageOnlyAndTheNextOneIsApplied() {
        UUID booking = UUID.randomUUID();
        UUID therapist = UUID.randomUUID();
        String badTime = UUID.randomUUID().toString();
        new KafkaEvents(bootstrapServers).send(TOPIC, booking.toString(),
                java.util.Map.of("ce_id", badTime, "ce_type", SessionEvent.CONFIRMED, "ce_time", "not-a-time"),
                confirmed(booking, therapist));
        send(UUID.randomUUID().toString(), SessionEvent.CONFIRMED, booking, confirmed(booking, therapist));
        await().atMost(Duration.ofSeconds(30)).until(() -> "CONFIRMED".equals(status(booking)));
        var deadLettered = new KafkaEvents(bootstrapServers).read("fascia.review.sessions-dlq.v1", 1).stream()
                .filter(r -> badTime.equals(KafkaEvents.header(r, "ce_id"))).toList();
        assertThat(deadLettered).singleElement()
                .satisfies(r -> assertThat(KafkaEvents.header(r, "dead-letter-reason")).contains("ce_time"));
    }

    @Test
    void everyExampleOfBookingsSchemaIsApplied() {
        EventContract.of("booking-service", "session-events.v1.json").feedExamples(new KafkaEvents(bootstrapServers), TOPIC,
                id -> processed(Sessions.CONSUMER, id));
    }

    @Test
    void everyExampleOfDirectorysListingSchemaIsApplied() {
        EventContract.of("directory-service", "listing-snapshot.v1.json").feedExamples(new KafkaEvents(bootstrapServers),
                "fascia.directory.listings.v1", id -> processed("review.directory-listings", id));
    }

    private boolean processed(String consumer, String messageId) {
        return QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                "SELECT 1 FROM processed_message WHERE consumer = ?1 AND message_id = ?2")
                .setParameter(1, consumer).setParameter(2, messageId).getResultList().isEmpty());
    }

    private static String confirmed(UUID booking, UUID therapist) {
        return """
                {"bookingId":"%s","therapistId":"%s","clientSubject":"client-events","startsAt":"%s","occurredAt":"%s"}"""
                .formatted(booking, therapist, Instant.now().minusSeconds(7200), Instant.now());
    }

    private static String completed(UUID booking, UUID therapist, String condition, Integer baseline) {
        return """
                {"bookingId":"%s","therapistId":"%s","clientSubject":"client-events","offeringId":"%s","offeringKind":"FOLLOW_UP",
                 "sessionType":"MEDICAL","condition":"%s","bodyRegions":["neck"],"baselinePain":%s,"startsAt":"%s",
                 "endsAt":"%s","completedAt":"%s","addedLater":"ignored"}"""
                .formatted(booking, therapist, UUID.randomUUID(), condition, baseline, Instant.now().minusSeconds(7200),
                        Instant.now().minusSeconds(3600), Instant.now());
    }

    private void send(String ceId, String type, UUID key, String body) {
        new KafkaEvents(bootstrapServers).send(TOPIC, key.toString(), ceId, type, body);
    }

    private String status(UUID booking) {
        return text("SELECT status FROM session WHERE booking_id = ?1", booking);
    }

    private List<String> texts(String sql, UUID booking) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).setParameter(1, booking).getResultList()
                .stream().map(String::valueOf).toList());
    }

    private String text(String sql, UUID booking) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery(sql).setParameter(1, booking).getResultList();
            return rows.isEmpty() ? null : (String) rows.get(0);
        });
    }
}
