package io.fascia.platform.outbox;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.fascia.platform.sql.NativeSql;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.health.api.Wellness;

/**
 * How far the relay is behind: the events written but not yet acknowledged by the broker, and the
 * age of the oldest. A wellness check ({@code /q/health/well}, also in {@code /q/health}), DOWN once
 * the oldest has waited longer than {@code fascia.outbox.lag-reported-after}: the service still
 * takes bookings while the broker is away (that is what the outbox is for), so readiness stays up.
 */
@Wellness
@ApplicationScoped
public class OutboxBacklog implements HealthCheck {

    @Inject
    EntityManager em;

    @ConfigProperty(name = "fascia.outbox.lag-reported-after", defaultValue = "60s")
    Duration reportedAfter;

    /** Events not yet acknowledged by the broker, and how long the oldest has waited. */
    public record Backlog(long pending, Duration lag) {
    }

    public Backlog measure() {
        Tuple row = QuarkusTransaction.requiringNew().call(() -> (Tuple) em.createNativeQuery(
                "SELECT count(*) AS pending, min(occurred_at) AS oldest FROM outbox_message WHERE published_at IS NULL",
                Tuple.class).getSingleResult());
        Object oldest = row.get("oldest");
        return new Backlog(row.get("pending", Number.class).longValue(),
                oldest == null ? Duration.ZERO : Duration.between(NativeSql.instant(oldest), Instant.now()));
    }

    @Override
    public HealthCheckResponse call() {
        Backlog backlog = measure();
        return HealthCheckResponse.named("Outbox relay")
                .status(backlog.lag().compareTo(reportedAfter) <= 0)
                .withData("pending", backlog.pending())
                .withData("oldestPendingSeconds", backlog.lag().toSeconds())
                .build();
    }

    /**
     * The relay's lag as metrics, read when they are scraped: {@code fascia_outbox_pending} and
     * {@code fascia_outbox_lag_seconds} (NaN while the database cannot be read).
     */
    void metrics(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent started,
            io.micrometer.core.instrument.MeterRegistry registry) {
        io.micrometer.core.instrument.Gauge.builder("fascia.outbox.pending", this, b -> b.measure().pending())
                .description("Events written but not yet acknowledged by the broker").register(registry);
        io.micrometer.core.instrument.Gauge.builder("fascia.outbox.lag.seconds", this, b -> b.measure().lag().toSeconds())
                .description("How long the oldest unpublished event has waited").register(registry);
    }
}
