package io.fascia.notification.message;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One message an event called for: pending until its time, then sent once, withdrawn or skipped.
 * The table's unique key (event, audience, kind) makes a redelivered event unable to call for it
 * twice. notification-service persists through Panache entities in the active-record style.
 */
@Entity
public class Message extends PanacheEntityBase {

    /** A lock timeout that asks Hibernate for {@code FOR UPDATE SKIP LOCKED}. */
    private static final int SKIP_LOCKED = -2;

    @Id
    public UUID id;

    @Column(name = "event_id")
    public String eventId;

    @Enumerated(EnumType.STRING)
    public MessageKind kind;

    @Enumerated(EnumType.STRING)
    public Audience audience;

    @Column(name = "client_subject")
    public String clientSubject;

    @Column(name = "therapist_id")
    public UUID therapistId;

    @Column(name = "booking_id")
    public UUID bookingId;

    @JdbcTypeCode(SqlTypes.JSON)
    public MessageDetails details;

    @Column(name = "send_at")
    public Instant sendAt;

    @Enumerated(EnumType.STRING)
    public MessageStatus status;

    @Column(name = "attempt_at")
    public Instant attemptAt;

    public int attempts;

    /** Why it was skipped or withdrawn, or the last failure while it is still pending. */
    public String outcome;

    /** The address it went to (kept for the person's own record and for support). */
    public String recipient;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** A message about a booking, due at {@code sendAt}. Call inside the event's transaction. */
    public static Message about(String eventId, MessageKind kind, Audience audience, String clientSubject, UUID therapistId,
            UUID bookingId, MessageDetails details, Instant sendAt, Instant now) {
        Message message = new Message();
        message.id = UUID.randomUUID();
        message.eventId = eventId;
        message.kind = kind;
        message.audience = audience;
        message.clientSubject = clientSubject;
        message.therapistId = therapistId;
        message.bookingId = bookingId;
        message.details = details;
        message.sendAt = sendAt;
        message.attemptAt = sendAt;
        message.status = MessageStatus.PENDING;
        message.createdAt = now;
        message.persist();
        return message;
    }

    /** Withdraws a booking's pending messages of this kind (a reminder for a time that no longer holds). */
    public static int withdraw(UUID bookingId, MessageKind kind, String why) {
        return update("status = ?1, outcome = ?2 where bookingId = ?3 and kind = ?4 and status = ?5",
                MessageStatus.WITHDRAWN, why, bookingId, kind, MessageStatus.PENDING);
    }

    /**
     * The therapist's listing has arrived: their pending messages that were tried (and wait, for the
     * listing or after a failure) or are due go now. Reminders still ahead keep their time. A message
     * that a sender holds while it finds no listing is matched here as well: this waits for that
     * sender's lock and then sees the wait it wrote, so the wake-up is not lost.
     */
    public static int listingArrived(UUID therapistId, Instant now) {
        return update("attemptAt = ?1 where therapistId = ?2 and status = ?3 and (attempts > 0 or attemptAt <= ?1)",
                now, therapistId, MessageStatus.PENDING);
    }

    /** Ids of pending messages due by {@code now}, oldest first; each is claimed (and locked) on its own. */
    public static List<UUID> dueIds(Instant now, int limit) {
        return find("select id from Message where status = ?1 and attemptAt <= ?2 order by attemptAt",
                MessageStatus.PENDING, now).page(0, limit).project(UUID.class).list();
    }

    /**
     * Claims a message still due, locking its row until the transaction ends; empty when it was
     * sent meanwhile, is no longer due or another sender holds it. A query Hibernate plans once,
     * unlike a native one, whose result mapping it works out again on every call.
     */
    public static Optional<Message> claim(UUID id, Instant now) {
        return find("id = ?1 and status = ?2 and attemptAt <= ?3", id, MessageStatus.PENDING, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .firstResultOptional();
    }

    public void sent(String address, Instant at) {
        status = MessageStatus.SENT;
        recipient = address;
        sentAt = at;
        attempts++;
        outcome = null;
    }

    public void skipped(String why) {
        status = MessageStatus.SKIPPED;
        outcome = why;
    }

    public void withdrawn(String why) {
        status = MessageStatus.WITHDRAWN;
        outcome = why;
    }

    /** A passing failure (SMTP or Keycloak away): try again after {@code backoff}. */
    public void failed(String why, Instant now, Duration backoff) {
        attempts++;
        outcome = why;
        attemptAt = now.plus(backoff);
    }
}
