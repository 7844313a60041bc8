package io.fascia.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Makes a Kafka consumer idempotent: {@link #once} applies a message in its own transaction only
 * the first time this consumer sees it (or call {@link #firstDelivery} in the transaction that
 * applies a message, and apply it only when it returns true). The record and the effect commit together,
 * so a redelivery after a crash is recognised, and one that arrives before the commit waits on
 * the primary key and is then skipped.
 */
@ApplicationScoped
public class MessageLog {

    @Inject
    EntityManager em;

    /**
     * @param consumer  a stable name of the consuming handler, such as {@code directory.review-outcomes}
     * @param messageId the CloudEvents id ({@code ce_id}) of the message
     * @return true the first time this consumer sees this message
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String messageId) {
        return em.createNativeQuery("""
                INSERT INTO processed_message (consumer, message_id) VALUES (?1, ?2)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, messageId)
                .executeUpdate() == 1;
    }

    /**
     * The consumer skeleton's idempotent step: in a new transaction, records the delivery and runs
     * {@code effect} only the first time, so the record and the effect commit together. Reading,
     * retries and dead-lettering are {@link IncomingEvents}'; a handler is its checks and its effect.
     */
    public void once(String consumer, String messageId, Runnable effect) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (firstDelivery(consumer, messageId)) {
                effect.run();
            }
        });
    }
}
