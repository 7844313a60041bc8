package io.fascia.notification.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.fascia.notification.message.Audience;
import io.fascia.notification.message.EventMessages;
import io.fascia.notification.message.MessageDetails;
import io.fascia.notification.message.MessageKind;
import io.fascia.platform.inbox.Envelope;
import io.fascia.platform.inbox.IncomingEvents;
import io.fascia.platform.inbox.PoisonMessage;
import io.smallrye.common.annotation.Blocking;

/**
 * A check-in fell due: ask the client how they are now, once. Poison goes to
 * {@code fascia.notification.check-ins-dlq.v1}.
 */
@ApplicationScoped
public class CheckInPrompts {

    static final String CONSUMER = "notification.review-check-ins";

    @Inject
    IncomingEvents events;

    @Inject
    EventMessages messages;

    @Inject
    Clock clock;

    @Incoming("review-check-ins")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return events.apply(message, CheckInDue.class, this::apply);
    }

    void apply(Envelope envelope, CheckInDue due) {
        String eventId = envelope.id();
        if (!CheckInDue.TYPE.equals(envelope.type())) {
            return;
        }
        if (due.checkInId() == null || due.bookingId() == null || due.therapistId() == null || due.clientSubject() == null
                || due.ordinal() == null || due.closesAt() == null) {
            throw new PoisonMessage("a check-in-due event needs checkInId, bookingId, therapistId, clientSubject, ordinal and closesAt");
        }
        // Not stale while the check-in is open: a prompt withdrawn once it closes is the only limit.
        messages.once(CONSUMER, eventId, () -> {
            Instant now = clock.instant();
            io.fascia.notification.message.Message.about(eventId, MessageKind.CHECK_IN_PROMPT, Audience.CLIENT,
                    due.clientSubject(), due.therapistId(), due.bookingId(),
                    MessageDetails.checkIn(due.checkInId(), due.ordinal(), due.dueAfter(), due.closesAt()), now, now);
        });
    }
}
