package io.fascia.platform.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.Wellness;

/**
 * Partitions whose next message is waiting on a passing failure (the database is down, a bug is
 * being fixed). Reported as a wellness check ({@code /q/health/well}, also in {@code /q/health}):
 * DOWN once a message has waited longer than {@code fascia.events.stall-reported-after}, with the
 * partition, the event, the attempts and the last error. Not a readiness check on purpose: the
 * stall is not this replica's to fix (its database is shared with every replica), so taking it out
 * of rotation would only add an HTTP outage to a consumer one; readiness already falls when the
 * database itself is unreachable.
 */
@ApplicationScoped
public class ConsumerStalls {

    /** The wellness check itself ({@code @Wellness} is a qualifier, so it cannot sit on the tracker). */
    @Wellness
    @ApplicationScoped
    static class Check implements HealthCheck {

        @jakarta.inject.Inject
        ConsumerStalls stalls;

        @Override
        public HealthCheckResponse call() {
            return stalls.report();
        }
    }

    /** One partition's wait: since when, on which event, how many attempts, the last error. */
    record Stall(Instant since, String eventId, int attempts, String lastError) {
    }

    @ConfigProperty(name = "fascia.events.stall-reported-after", defaultValue = "60s")
    Duration reportedAfter;

    private final Map<String, Stall> stalls = new ConcurrentHashMap<>();

    /**
     * The same as metrics: {@code fascia_consumer_stalled_partitions} and
     * {@code fascia_consumer_longest_stall_seconds}, for an alert that fires before anyone asks.
     */
    void metrics(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent started,
            io.micrometer.core.instrument.MeterRegistry registry) {
        io.micrometer.core.instrument.Gauge.builder("fascia.consumer.stalled.partitions", stalls, Map::size)
                .description("Partitions whose next event waits on a passing failure").register(registry);
        io.micrometer.core.instrument.Gauge.builder("fascia.consumer.longest.stall.seconds", this, ConsumerStalls::longestSeconds)
                .description("How long the longest waiting partition has waited").register(registry);
    }

    double longestSeconds() {
        Instant now = Instant.now();
        return stalls.values().stream().mapToLong(s -> Duration.between(s.since(), now).toSeconds()).max().orElse(0);
    }

    void waiting(String partition, Envelope envelope, int attempt, String failure) {
        stalls.compute(partition, (key, earlier) -> new Stall(
                earlier != null && earlier.eventId().equals(envelope.id()) ? earlier.since() : Instant.now(),
                envelope.id(), attempt, failure));
    }

    void cleared(String partition) {
        stalls.remove(partition);
    }

    HealthCheckResponse report() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Event consumers").up();
        Instant now = Instant.now();
        stalls.forEach((partition, stall) -> {
            Duration waited = Duration.between(stall.since(), now);
            if (waited.compareTo(reportedAfter) > 0) {
                response.down();
            }
            response.withData(partition, "event " + stall.eventId() + " waiting " + waited.toSeconds() + " s, "
                    + stall.attempts() + " attempts, last: " + stall.lastError());
        });
        return response.build();
    }
}
