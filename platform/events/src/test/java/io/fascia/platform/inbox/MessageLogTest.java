package io.fascia.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.fascia.testing.PostgresAndKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class MessageLogTest {

    @Inject
    MessageLog log;

    @Test
    void aMessageIsFirstDeliveredOncePerConsumer() {
        String id = UUID.randomUUID().toString();
        assertThat(QuarkusTransaction.requiringNew().call(() -> log.firstDelivery("test.a", id))).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> log.firstDelivery("test.a", id))).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> log.firstDelivery("test.b", id))).isTrue();
    }

    @Test
    void aRolledBackDeliveryIsNotRemembered() {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.begin();
        assertThat(log.firstDelivery("test.rollback", id)).isTrue();
        QuarkusTransaction.rollback();

        assertThat(QuarkusTransaction.requiringNew().call(() -> log.firstDelivery("test.rollback", id))).isTrue();
    }
}
