package io.fascia.review.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fascia.review.testing.ReviewFixtures;
import io.fascia.testing.PostgresAndKafka;
import io.fascia.testing.ShiftableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The follow-up sweep of two review-service replicas at once: while replica A has announced a
 * check-in (or closed a missed one) and not yet committed, replica B's sweep runs. B waits for A's
 * row, then finds it already done: the client is asked once, and the check-in is missed once.
 */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class FollowUpSweepReplicasTest {

    @Inject
    ReviewFixtures sessions;

    @Inject
    CheckIns checkIns;

    @Inject
    ShiftableClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** Runs {@code job} as replica A, holding its transaction open while replica B runs it too. */
    private int[] twoReplicasAtOnce(Callable<Integer> job) throws Exception {
        CountDownLatch aHasRun = new CountDownLatch(1);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = replicas.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                int done = job.call();
                aHasRun.countDown();
                // Long enough for B to reach A's rows; B's outcome is the same if it comes later.
                Thread.sleep(1_000);
                return done;
            }));
            assertThat(aHasRun.await(60, TimeUnit.SECONDS)).isTrue();
            Future<Integer> b = replicas.submit(job);
            return new int[] { a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS) };
        } finally {
            replicas.shutdownNow();
        }
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter(1, parameter)
                .getSingleResult()).longValue());
    }

    @Test
    void aCheckInThatFellDueIsAnnouncedOnceAndMissedOnce() throws Exception {
        UUID booking = sessions.completed(UUID.randomUUID(), "client-of-two-replicas", "neck-pain", 6, "MEDICAL");
        clock.travel(Duration.ofDays(8));

        int[] announced = twoReplicasAtOnce(() -> checkIns.announceDue());
        assertThat(announced[0]).as("replica A announced").isGreaterThanOrEqualTo(1);
        assertThat(count("""
                SELECT count(*) FROM outbox_message WHERE topic = 'fascia.review.check-ins.v1' AND message_key = ?1""",
                booking.toString())).as("check-in-due events for the session").isEqualTo(1);

        // Past the first check-in's answer window: both replicas' sweeps complete, and it is missed.
        clock.travel(Duration.ofDays(30));
        twoReplicasAtOnce(() -> checkIns.closeMissed());
        assertThat(count("SELECT count(*) FROM check_in WHERE booking_id = ?1 AND ordinal = 1 AND status = 'MISSED'", booking))
                .isEqualTo(1);
    }
}
