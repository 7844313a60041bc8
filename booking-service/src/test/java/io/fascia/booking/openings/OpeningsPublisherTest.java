package io.fascia.booking.openings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fascia.booking.testing.SessionFixtures;
import io.fascia.testing.EventContract;
import io.fascia.testing.KafkaEvents;
import io.fascia.testing.PostgresAndKafka;
import io.fascia.testing.ShiftableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Booking publishes a therapist's next openings when they move: a booking takes one away, and the next is published. */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class OpeningsPublisherTest {

    private static final EventContract NEXT_OPENINGS = EventContract.of("booking-service", "next-openings.v1.json");

    @Inject
    SessionFixtures fixtures;

    @Inject
    OpeningsPublisher publisher;

    @Inject
    ObjectMapper json;

    @Inject
    ShiftableClock clock;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aBookingTakesTheFirstOpeningAwayAndTheNextSnapshotSaysSo() throws Exception {
        SessionFixtures.Therapist therapist = fixtures.open("therapist-openings", ZoneId.of("Europe/Berlin"), 24);
        QuarkusTransaction.requiringNew().call(publisher::publishBatch);
        JsonNode before = latest(therapist, start -> true);
        assertThat(before.get("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(before.get("offerings")).hasSize(1);
        JsonNode followUp = before.get("offerings").get(0);
        assertThat(followUp.get("offeringKind").asText()).isEqualTo("FOLLOW_UP");
        assertThat(followUp.get("starts")).hasSize(NextOpenings.LISTED);
        OffsetDateTime first = OffsetDateTime.parse(followUp.get("starts").get(0).asText());
        OffsetDateTime second = OffsetDateTime.parse(followUp.get("starts").get(1).asText());
        assertThat(first).isBefore(second);

        fixtures.book(therapist, "client-openings", first);
        QuarkusTransaction.requiringNew().call(publisher::publishBatch);
        JsonNode after = latest(therapist, second);
        assertThat(OffsetDateTime.parse(after.get("offerings").get(0).get("starts").get(0).asText())).isEqualTo(second);
    }

    @Test
    void whenTheFirstOpeningHasComeTheTherapistIsPublishedAgainWithoutAnyChange() throws Exception {
        SessionFixtures.Therapist therapist = fixtures.open("therapist-openings-time", ZoneId.of("America/Chicago"), 24);
        QuarkusTransaction.requiringNew().call(publisher::publishBatch);
        OffsetDateTime first = OffsetDateTime.parse(latest(therapist, start -> true).get("offerings").get(0).get("starts").get(0)
                .asText());
        try {
            clock.travel(Duration.between(Instant.now(clock), first.toInstant()).plusMinutes(1));
            QuarkusTransaction.requiringNew().call(publisher::publishBatch);
            JsonNode later = latest(therapist, start -> start.isAfter(first));
            assertThat(OffsetDateTime.parse(later.get("offerings").get(0).get("starts").get(0).asText())).isAfter(first);
        } finally {
            clock.reset();
        }
    }

    /** The therapist's latest snapshot, valid against the schema; when {@code firstStart} is given, one starting there. */
    private JsonNode latest(SessionFixtures.Therapist therapist, OffsetDateTime firstStart) throws Exception {
        return latest(therapist, start -> firstStart.isEqual(start));
    }

    /** The therapist's first snapshot, valid against the schema, whose first start passes {@code which}. */
    private JsonNode latest(SessionFixtures.Therapist therapist, Predicate<OffsetDateTime> which) throws Exception {
        String body = NEXT_OPENINGS.assertValid(new KafkaEvents(bootstrapServers).awaitEvent(NextOpenings.TOPIC,
                therapist.id().toString(), NextOpenings.TYPE, r -> which.test(firstOf(r.value())))).value();
        return json.readTree(body);
    }

    /** The first start of a snapshot's first offering kind, or the epoch when it lists none. */
    private OffsetDateTime firstOf(String body) {
        try {
            return OffsetDateTime.parse(json.readTree(body).path("offerings").path(0).path("starts").path(0)
                    .asText("1970-01-01T00:00Z"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSchemasExamplesAreValid() {
        assertThat(NEXT_OPENINGS.examples()).hasSizeGreaterThanOrEqualTo(2);
        NEXT_OPENINGS.examples().forEach(e -> NEXT_OPENINGS.assertValid(e.type(), e.body()));
    }

    @Inject
    EntityManager em;

    /**
     * Two replicas' publishers at once: while replica A has claimed a marked therapist and not yet
     * committed, replica B's pass skips that therapist instead of waiting or publishing it again.
     */
    @Test
    void twoReplicasPublishAMarkedTherapistOnce() throws Exception {
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        CountDownLatch aHasClaimed = new CountDownLatch(1);
        CountDownLatch bIsDone = new CountDownLatch(1);
        try {
            // A new therapist is marked. Whichever pass claims it (replica A here, or this instance's
            // scheduled one just before), it is published once.
            SessionFixtures.Therapist therapist = QuarkusTransaction.requiringNew().call(() -> fixtures.open(
                    "therapist-two-publishers", ZoneId.of("Europe/Berlin"), 24));
            Future<Integer> a = replicas.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                int published = publisher.publishBatch();
                aHasClaimed.countDown();
                bIsDone.await(60, TimeUnit.SECONDS);
                return published;
            }));
            assertThat(aHasClaimed.await(60, TimeUnit.SECONDS)).isTrue();
            Future<Integer> b = replicas.submit(() -> QuarkusTransaction.requiringNew().call(publisher::publishBatch));
            // B finishes while A still holds what it claimed: it skipped it rather than waiting.
            b.get(30, TimeUnit.SECONDS);
            bIsDone.countDown();
            a.get(60, TimeUnit.SECONDS);
            // If this instance's scheduled pass claimed the therapist first, its transaction may
            // commit only now: wait for the publication, then there must be exactly one.
            await().atMost(Duration.ofSeconds(30)).until(() -> openingsPublished(therapist) > 0);
            assertThat(openingsPublished(therapist)).as("openings published for the new therapist").isEqualTo(1);
        } finally {
            bIsDone.countDown();
            replicas.shutdownNow();
        }
    }

    private int openingsPublished(SessionFixtures.Therapist therapist) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM outbox_message WHERE topic = ?1 AND message_key = ?2")
                .setParameter(1, NextOpenings.TOPIC).setParameter(2, therapist.id().toString()).getSingleResult()).intValue());
    }
}
