package io.fascia.platform.outage;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the requests answered 503 because a dependency was away, by kind of outage
 * ({@code fascia_outages_total{kind="database"}} on a service's Prometheus endpoint): an alert
 * can tell an outage from a quiet night, and a drill can read how many requests it cost.
 */
@ApplicationScoped
public class OutageCounter {

    public static final String METER = "fascia.outages";

    @Inject
    MeterRegistry registry;

    public void answered(Throwable failure) {
        Outages.kindOf(failure).ifPresent(kind -> registry
                .counter(METER, "kind", kind.name().toLowerCase(Locale.ROOT).replace('_', '-')).increment());
    }
}
