package io.fascia.notification.session;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.fascia.notification.message.Audience;
import io.fascia.notification.message.EventMessages;
import io.fascia.notification.message.Message;
import io.fascia.notification.message.MessageDetails;
import io.fascia.notification.message.MessageKind;
import io.fascia.notification.message.MessagesConfig;
import io.fascia.notification.message.ReminderTime;
import io.fascia.notification.therapist.Therapist;
import io.fascia.platform.inbox.Envelope;
import io.fascia.platform.inbox.PoisonMessage;

/**
 * Which messages a session event calls for, written once per event ({@link EventMessages}); the
 * sender delivers them when due.
 */
@ApplicationScoped
public class SessionMessages {

    static final String CONSUMER = "notification.booking-sessions";

    @Inject
    EventMessages messages;

    @Inject
    MessagesConfig config;

    @Inject
    Clock clock;


    public void apply(Envelope envelope, SessionEvent event) {
        String eventId = envelope.id();
        String type = envelope.type();
        if (event.bookingId() == null || event.therapistId() == null || event.clientSubject() == null
                || event.startsAt() == null) {
            throw new PoisonMessage("a session event needs bookingId, therapistId, clientSubject and startsAt");
        }
        Runnable effect = switch (type) {
            case SessionEvent.CONFIRMED -> () -> confirmed(eventId, event);
            case SessionEvent.CANCELLED -> () -> cancelled(eventId, event);
            case SessionEvent.RESCHEDULED -> () -> rescheduled(eventId, event);
            case SessionEvent.COMPLETED -> () -> completed(eventId, event);
            case SessionEvent.NO_SHOW -> () -> Message.withdraw(event.bookingId(), MessageKind.SESSION_REMINDER,
                    "the session was marked a no-show");
            default -> throw new PoisonMessage("unknown session event type " + type);
        };
        messages.once(CONSUMER, envelope, effect);
    }

    private void confirmed(String eventId, SessionEvent event) {
        if (event.endsAt() == null || event.cancellationWindowHours() == null) {
            throw new PoisonMessage("a session-confirmed event needs endsAt and cancellationWindowHours");
        }
        Instant now = clock.instant();
        MessageDetails details = MessageDetails.session(event.offeringId(), event.startsAt(), event.endsAt(),
                event.cancellationWindowHours());
        if (!event.startsAt().isAfter(now)) {
            // Recorded after the fact (an imported or demo history): nobody needs to be told of it.
            return;
        }
        toBoth(eventId, MessageKind.BOOKING_CONFIRMED, event, details, now);
        remind(eventId, event, details, now);
    }

    private void cancelled(String eventId, SessionEvent event) {
        Instant now = clock.instant();
        Audience by = "THERAPIST".equals(event.cancelledBy()) ? Audience.THERAPIST : Audience.CLIENT;
        MessageDetails details = new MessageDetails(null, event.startsAt(), null, null, null, by,
                Boolean.TRUE.equals(event.late()));
        Message.withdraw(event.bookingId(), MessageKind.SESSION_REMINDER, "the booking was cancelled");
        toBoth(eventId, MessageKind.BOOKING_CANCELLED, event, details, now);
    }

    private void rescheduled(String eventId, SessionEvent event) {
        if (event.previousStartsAt() == null || event.endsAt() == null) {
            throw new PoisonMessage("a session-rescheduled event needs previousStartsAt and endsAt");
        }
        Instant now = clock.instant();
        Message.withdraw(event.bookingId(), MessageKind.SESSION_REMINDER, "the session moved to another time");
        // What was booked and the policy it was booked under stay with the booking; the confirmation kept them.
        MessageDetails booked = Message.<Message> find("bookingId = ?1 and kind = ?2", event.bookingId(),
                MessageKind.BOOKING_CONFIRMED).firstResultOptional().map(m -> m.details)
                .orElse(MessageDetails.session(null, null, null, null));
        MessageDetails details = new MessageDetails(booked.offeringId(), event.startsAt(), event.endsAt(),
                event.previousStartsAt(), booked.cancellationWindowHours(), null, null);
        toBoth(eventId, MessageKind.BOOKING_RESCHEDULED, event, details, now);
        remind(eventId, event, details, now);
    }

    private void completed(String eventId, SessionEvent event) {
        Instant now = clock.instant();
        Message.withdraw(event.bookingId(), MessageKind.SESSION_REMINDER, "the session took place");
        Message.about(eventId, MessageKind.REVIEW_INVITATION, Audience.CLIENT, event.clientSubject(), event.therapistId(),
                event.bookingId(), MessageDetails.session(event.offeringId(), event.startsAt(), event.endsAt(), null), now, now);
    }

    private void toBoth(String eventId, MessageKind kind, SessionEvent event, MessageDetails details, Instant now) {
        Message.about(eventId, kind, Audience.CLIENT, event.clientSubject(), event.therapistId(), event.bookingId(), details,
                now, now);
        Message.about(eventId, kind, Audience.THERAPIST, event.clientSubject(), event.therapistId(), event.bookingId(),
                details, now, now);
    }

    /** The reminder is timed on the practice's clock; without the therapist's replica yet, on UTC's. */
    private void remind(String eventId, SessionEvent event, MessageDetails details, Instant now) {
        ZoneId zone = Therapist.of(event.therapistId()).map(Therapist::zone).orElse(ZoneId.of("UTC"));
        ReminderTime.of(event.startsAt(), zone, config.reminderBefore(), now).ifPresent(at -> Message.about(eventId,
                MessageKind.SESSION_REMINDER, Audience.CLIENT, event.clientSubject(), event.therapistId(), event.bookingId(),
                details, at, now));
    }
}
