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
