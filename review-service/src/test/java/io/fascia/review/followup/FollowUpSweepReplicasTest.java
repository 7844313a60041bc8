package io.fascia.review.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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

    /**
     * Runs {@code job} as replica A, holding its transaction open until replica B, running it too,
     * waits on A's rows; then A commits and B goes on.
     */
    private int[] twoReplicasAtOnce(Callable<Integer> job) throws Exception {
        CountDownLatch aHasRun = new CountDownLatch(1);
        CountDownLatch bIsWaiting = new CountDownLatch(1);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            AtomicInteger aDid = new AtomicInteger();
            Future<Integer> a = replicas.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                aDid.set(job.call());
                aHasRun.countDown();
                bIsWaiting.await(60, TimeUnit.SECONDS);
                return aDid.get();
            }));
            assertThat(aHasRun.await(60, TimeUnit.SECONDS)).isTrue();
            Future<Integer> b = replicas.submit(job);
            if (aDid.get() > 0) {
                // A holds rows B's statement needs (had A found nothing, B would not wait).
                await("replica B waits on replica A's rows").atMost(Duration.ofSeconds(30))
                        .until(this::aSessionWaitsOnALock);
            }
            bIsWaiting.countDown();
            return new int[] { a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS) };
        } finally {
            bIsWaiting.countDown();
            replicas.shutdownNow();
        }
    }

    private boolean aSessionWaitsOnALock() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")
                .getSingleResult()).intValue() > 0);
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
