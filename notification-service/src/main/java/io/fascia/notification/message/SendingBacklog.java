package io.fascia.notification.message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.Wellness;

/**
 * How far sending is behind: messages whose time has come but that are not sent yet (SMTP or
 * Keycloak away, or a backlog), and how long the oldest has waited. A wellness check
 * ({@code /q/health/well}), DOWN once the oldest has waited longer than
 * {@code fascia.notification.lag-reported-after}; readiness stays up, since the messages wait
 * safely in the database. Also metrics: {@code fascia_notification_due} and
 * {@code fascia_notification_lag_seconds}.
 */
@Wellness
@ApplicationScoped
public class SendingBacklog implements HealthCheck {

    @Inject
    Clock clock;

    @Inject
    MessagesConfig config;

    public record Backlog(long due, Duration lag) {
    }

    public Backlog measure() {
        Instant now = clock.instant();
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) Message.getEntityManager().createQuery(
                "select count(m), min(m.sendAt) from Message m where m.status = :pending and m.sendAt <= :now")
                .setParameter("pending", MessageStatus.PENDING).setParameter("now", now).getSingleResult());
        long due = ((Number) row[0]).longValue();
        return new Backlog(due, row[1] == null ? Duration.ZERO : Duration.between((Instant) row[1], now));
    }

    @Override
    public HealthCheckResponse call() {
        Backlog backlog = measure();
        return HealthCheckResponse.named("E-mail sending")
                .status(backlog.lag().compareTo(config.lagReportedAfter()) <= 0)
                .withData("due", backlog.due())
                .withData("oldestDueSeconds", backlog.lag().toSeconds())
                .build();
    }

    void metrics(@Observes StartupEvent started, MeterRegistry registry) {
        Gauge.builder("fascia.notification.due", this, b -> b.measure().due())
                .description("Messages whose time has come but that are not sent yet").register(registry);
        Gauge.builder("fascia.notification.lag.seconds", this, b -> b.measure().lag().toSeconds())
                .description("How long the oldest unsent due message has waited").register(registry);
    }
}
