package io.fascia.booking.booking;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.fascia.testing.PostgresAndKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Which statuses hold a therapist's time is written twice: in Java (BookingStatus.holdsTime, which
 * the queries use) and in the exclusion constraint that makes double booking impossible. Each
 * status is put to the constraint's own predicate, as PostgreSQL stores it, and must get the
 * same answer.
 */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class BookingStatusConstraintTest {

    @Inject
    EntityManager em;

    @Test
    void theExclusionConstraintAndBookingStatusAgreeOnWhatHoldsTime() {
        String definition = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'booking_no_overlap'").getSingleResult());
        String predicate = definition.substring(definition.indexOf(" WHERE ") + " WHERE ".length());
        for (BookingStatus status : BookingStatus.values()) {
            Boolean held = QuarkusTransaction.requiringNew().call(() -> (Boolean) em.createNativeQuery(
                    "SELECT " + predicate + " FROM (SELECT CAST(?1 AS text) AS status) booking").setParameter(1, status.name())
                    .getSingleResult());
            assertThat(held).as("%s under %s", status, predicate).isEqualTo(status.holdsTime());
            Boolean selected = QuarkusTransaction.requiringNew().call(() -> (Boolean) em.createNativeQuery(
                    "SELECT " + BookingStatus.HOLDS_TIME_SQL + " FROM (SELECT CAST(?1 AS text) AS status) booking")
                    .setParameter(1, status.name()).getSingleResult());
            assertThat(selected).as("%s under %s", status, BookingStatus.HOLDS_TIME_SQL).isEqualTo(status.holdsTime());
        }
    }
}
