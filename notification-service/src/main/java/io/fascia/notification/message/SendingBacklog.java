package io.fascia.notification.message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.Tuple;

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
        Tuple row = QuarkusTransaction.requiringNew().call(() -> Message.getEntityManager().createQuery(
                "select count(m) as due, min(m.sendAt) as oldest from Message m where m.status = :pending and m.sendAt <= :now",
                Tuple.class).setParameter("pending", MessageStatus.PENDING).setParameter("now", now).getSingleResult());
        Instant oldest = row.get("oldest", Instant.class);
        return new Backlog(row.get("due", Long.class), oldest == null ? Duration.ZERO : Duration.between(oldest, now));
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
