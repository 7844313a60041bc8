package io.fascia.notification.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.fascia.platform.inbox.MessageLog;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * How every consumer here records the messages an event calls for: in a transaction of its own,
 * together with the event's id in the message log, so a redelivered event writes nothing twice;
 * then the {@link Postman} is woken to send what is due.
 */
@ApplicationScoped
public class EventMessages {

    @Inject
    MessageLog messageLog;

    @Inject
    Postman postman;

    public void once(String consumer, String eventId, Runnable write) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (messageLog.firstDelivery(consumer, eventId)) {
                write.run();
            }
        });
        postman.wake();
    }
}
