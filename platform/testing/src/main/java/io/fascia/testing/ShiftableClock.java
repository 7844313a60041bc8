package io.fascia.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * The service's clock in every @QuarkusTest that has this module on its classpath (a bean by
 * META-INF/beans.xml, chosen over platform's SystemClock by its priority): real time until a test
 * moves it forward, so that "after the session started" or "four weeks later" needs no sleeping.
 * Tests that travel call {@link #reset()} afterwards.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ShiftableClock extends Clock {

    private volatile Duration shift = Duration.ZERO;

    public void travel(Duration by) {
        shift = shift.plus(by);
    }

    public void reset() {
        shift = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), shift);
    }
}
