package io.fascia.platform.outbox;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Vertx;

/**
 * Publishes pending outbox rows to Kafka in the order they were written, as CloudEvents in binary
 * mode (ce_id, ce_type, ce_source, ce_time headers; JSON body), and marks them published once the
 * broker has acknowledged them.
 *
 * <p>Only one instance of a service relays at a time (a transaction-scoped PostgreSQL advisory
 * lock), so scaling a service out cannot reorder one aggregate's events. A batch is sent
 * pipelined; when a send fails, only the rows before the first failure are marked, and the rest
 * are sent again later. Delivery is therefore at least once, and consumers deduplicate on ce_id.
 *
 * <p>A row is never handed to the producer again while an earlier send of it is still in flight
 * (the producer keeps retrying it; during a broker outage it waits in the producer's buffer), so an
 * outage does not multiply the topic's volume. After a failed batch the relay backs off, doubling
 * from one second to {@code fascia.outbox.max-backoff}, instead of polling a broker that is away.
 *
 * <p>A commit that wrote to the outbox wakes the relay at once; the poll only catches what a
 * wake-up missed (a failed send, another instance's leftovers).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any constant works as long as every instance of a service uses the same one. */
    static final long RELAY_LOCK = 0x0fa5c1a0_0b0c_0001L;

    @Inject
    EntityManager em;

    @Inject
    @Channel("fascia-outbox")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
    Emitter<String> emitter;

    @ConfigProperty(name = "fascia.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "fascia.outbox.send-timeout", defaultValue = "15s")
    Duration sendTimeout;

    @ConfigProperty(name = "fascia.outbox.retention", defaultValue = "7d")
    Duration retention;

    @ConfigProperty(name = "fascia.outbox.max-backoff", defaultValue = "10s")
    Duration maxBackoff;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @Inject
    Vertx vertx;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();
    /** Sends handed to the producer and not yet acknowledged or failed, by outbox row id. */
    private final Map<UUID, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();
    private volatile Duration backoff = Duration.ZERO;
    private volatile Instant nextAttemptAt = Instant.EPOCH;

    void wakeUp(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Written written) {
        vertx.executeBlocking(() -> {
            relayPending();
            return null;
        }, false);
    }

    @Scheduled(every = "${fascia.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relayPending() {
        if (Instant.now().isBefore(nextAttemptAt)) {
            return; // backing off after a failed batch; the scheduled poll comes back
        }
        requested.set(true);
        // One relay loop at a time in this instance; a request arriving meanwhile makes it go round once more.
        while (requested.get() && running.compareAndSet(false, true)) {
            try {
                requested.set(false);
                int relayed;
                do {
                    relayed = QuarkusTransaction.requiringNew().call(this::relayBatch);
                } while (relayed == batchSize);
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay failed, will retry on the next poll: %s", e.toString());
                return;
            } finally {
                running.set(false);
            }
        }
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void forgetPublished() {
        int deleted = QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("delete from OutboxMessage m where m.publishedAt < :before")
                .setParameter("before", Instant.now().minus(retention))
                .executeUpdate());
        if (deleted > 0) {
            LOG.debugf("Removed %d published outbox messages older than %s", deleted, retention);
        }
    }

    /** Relays one batch inside the caller's transaction; returns how many rows it marked published. */
    int relayBatch() {
        Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        List<OutboxMessage> pending = em
                .createQuery("from OutboxMessage m where m.publishedAt is null order by m.position", OutboxMessage.class)
                .setMaxResults(batchSize)
                .getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Void>> acks = new ArrayList<>(pending.size());
        for (OutboxMessage message : pending) {
            acks.add(inFlight.computeIfAbsent(message.id, id -> send(message)));
        }
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Handled per message below: whatever was acknowledged before the failure still counts.
        }
        Instant now = Instant.now();
        int published = 0;
        for (int i = 0; i < pending.size(); i++) {
            CompletableFuture<Void> ack = acks.get(i);
            OutboxMessage message = pending.get(i);
            if (ack.isDone() && !ack.isCompletedExceptionally()) {
                message.publishedAt = now;
                inFlight.remove(message.id, ack);
                published++;
                continue;
            }
            if (ack.isDone()) {
                // Failed for good in the producer: the next attempt sends it again.
                inFlight.remove(message.id, ack);
            }
            message.attempts++;
            message.lastError = ack.isDone() ? causeOf(ack) : "not acknowledged within " + sendTimeout + ", still in flight";
            backOff();
            LOG.warnf("Outbox message %s (%s to %s) not published, attempt %d: %s; next attempt in %d s",
                    message.id, message.eventType, message.topic, message.attempts, message.lastError, backoff.toSeconds());
            return published;
        }
        backoff = Duration.ZERO;
        nextAttemptAt = Instant.EPOCH;
        return published;
    }

    private void backOff() {
        Duration doubled = backoff.isZero() ? Duration.ofSeconds(1) : backoff.multipliedBy(2);
        backoff = doubled.compareTo(maxBackoff) > 0 ? maxBackoff : doubled;
        nextAttemptAt = Instant.now().plus(backoff);
    }

    private CompletableFuture<Void> send(OutboxMessage message) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String> builder()
                .withId(message.id.toString())
                .withType(message.eventType)
                .withSource(URI.create("/fascia/" + applicationName))
                .withTimestamp(message.occurredAt.atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .build();
        OutgoingKafkaRecordMetadata<String> record = OutgoingKafkaRecordMetadata.<String> builder()
                .withTopic(message.topic)
                .withKey(message.messageKey)
                .build();
        emitter.send(Message.of(message.payload, Metadata.of(cloudEvent, record),
                () -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return acked;
    }

    private static String causeOf(CompletableFuture<Void> ack) {
        try {
            ack.join();
            return "unknown";
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
    }
}
