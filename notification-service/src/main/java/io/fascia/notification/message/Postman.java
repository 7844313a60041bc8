package io.fascia.notification.message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.fascia.notification.person.People;
import io.fascia.notification.person.Person;
import io.fascia.notification.preference.Preference;
import io.fascia.notification.preference.UnsubscribeToken;
import io.fascia.notification.therapist.Therapist;
import io.fascia.notification.therapist.TherapistListed;
import io.fascia.platform.outage.Outages;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends due messages. Each is claimed in its own transaction with {@code FOR UPDATE SKIP LOCKED},
 * sent, and marked sent before the lock is released, so two instances never send the same message;
 * a crash between SMTP's acceptance and the commit would send it again (at least once, never lost).
 *
 * <p>When SMTP or Keycloak fails, the message waits with a doubling backoff (capped) and the pass
 * stops, since the rest would fail the same way; every message is sent once they are back. What
 * can never be sent (no address, turned off, a reminder whose session has begun) is skipped or
 * withdrawn with the reason, never retried.
 */
@ApplicationScoped
public class Postman {

    private static final Logger LOG = Logger.getLogger(Postman.class);

    @Inject
    Mailer mailer;

    @Inject
    Letters letters;

    @Inject
    People people;

    @Inject
    Clock clock;

    @Inject
    MessagesConfig config;

    /** Credential types as therapists call them (as the web app's credential pages do). */
    private static final java.util.Map<String, String> CREDENTIALS = java.util.Map.of("LICENSE", "massage licence",
            "BOARD_CERTIFICATION", "board certification", "MEDICAL_MASSAGE_CERTIFICATE", "medical massage certificate",
            "TECHNIQUE_CERTIFICATE", "technique certificate", "LIABILITY_INSURANCE", "liability insurance");

    private final AtomicBoolean delivering = new AtomicBoolean();
    private final AtomicBoolean calledAgain = new AtomicBoolean();
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> new Thread(r, "postman"));

    /** DONE: sent, skipped or withdrawn; GONE: another instance has it; LATER: this one waits; PAUSE: SMTP or Keycloak is away. */
    private enum Result {
        DONE, GONE, LATER, PAUSE
    }

    /**
     * A message was written: deliver what is due now instead of at the next tick. On the wake-up
     * thread a request context is opened, as the scheduler does for its ticks: the Keycloak admin
     * client needs one.
     */
    public void wake() {
        try {
            wakeUps.execute(() -> {
                ManagedContext requestContext = Arc.container().requestContext();
                requestContext.activate();
                try {
                    deliverDue();
                } finally {
                    requestContext.terminate();
                }
            });
        } catch (RejectedExecutionException stopping) {
            // Shutting down; the next start delivers it.
        }
    }

    /** In the transaction that wrote the listing, so the replica and the wake-up commit together. */
    void listingArrived(@Observes TherapistListed listed) {
        int woken = Message.listingArrived(listed.therapistId(), clock.instant());
        if (woken > 0) {
            LOG.debugf("%d message(s) waited for listing %s", woken, listed.therapistId());
        }
    }

    void deliverWoken(@Observes(during = TransactionPhase.AFTER_SUCCESS) TherapistListed listed) {
        wake();
    }

    @PreDestroy
    void stop() {
        wakeUps.shutdownNow();
    }

    @Scheduled(every = "${fascia.notification.send-every}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        deliverDue();
    }

    /** Delivers everything due; a call while a pass runs makes that pass look again when done. */
    public void deliverDue() {
        calledAgain.set(true);
        while (calledAgain.get() && delivering.compareAndSet(false, true)) {
            try {
                calledAgain.set(false);
                while (pass() == config.batchSize()) {
                    // a full batch: there may be more
                }
            } catch (RuntimeException e) {
                LOG.warnf("Delivering messages paused: %s", Outages.rootCause(e));
            } finally {
                delivering.set(false);
            }
        }
    }

    /** One batch; the number of due messages it looked at (fewer than a batch means none are left). */
    int pass() {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> Message.dueIds(clock.instant(), config.batchSize()));
        for (UUID id : due) {
            if (QuarkusTransaction.requiringNew().call(() -> deliver(id)) == Result.PAUSE) {
                return 0;
            }
        }
        return due.size();
    }

    private Result deliver(UUID id) {
        Instant now = clock.instant();
        Optional<Message> claimed = Message.claim(id, now);
        if (claimed.isEmpty()) {
            return Result.GONE;
        }
        Message message = claimed.get();
        if (message.kind == MessageKind.SESSION_REMINDER && !now.isBefore(message.details.startsAt())) {
            message.withdrawn("the session began before the reminder could go");
            return Result.DONE;
        }
        if (message.kind == MessageKind.CHECK_IN_PROMPT && !now.isBefore(message.details.closesAt())) {
            message.withdrawn("the check-in closed before the prompt could go");
            return Result.DONE;
        }
        Optional<Therapist> therapist = Therapist.of(message.therapistId);
        if (therapist.isEmpty()) {
            // Listings and sessions travel on different topics; the listing normally follows within
            // seconds. A session of a therapist directory never published cannot be written about.
            Instant givenUpAt = message.createdAt.plus(config.listingWait());
            if (!now.isBefore(givenUpAt)) {
                message.skipped("directory never published the therapist's listing");
                return Result.DONE;
            }
            // No polling meanwhile: the listing's arrival wakes it (listingArrived).
            message.failed("the therapist's listing has not arrived from directory yet", now, Duration.between(now, givenUpAt));
            LOG.debugf("Message %s waits for listing %s", message.id, message.therapistId);
            return Result.LATER;
        }
        String subject = message.audience == Audience.CLIENT ? message.clientSubject : therapist.get().subject;
        Preference preference = Preference.of(subject);
        if (!preference.wants(message.kind.topic())) {
            message.skipped("the person turned " + message.kind.topic().name().toLowerCase() + " off");
            return Result.DONE;
        }
        Optional<Person> recipient;
        Optional<Person> client;
        try {
            recipient = people.bySubject(subject);
            client = message.audience == Audience.CLIENT ? recipient
                    : message.clientSubject == null ? Optional.empty() : people.bySubject(message.clientSubject);
        } catch (RuntimeException keycloakAway) {
            waits(message, now, "Keycloak: " + Outages.rootCause(keycloakAway));
            warn(message);
            return Result.PAUSE;
        }
        if (recipient.isEmpty()) {
            message.skipped("Keycloak has no e-mail address for this person");
            return Result.DONE;
        }
        Mail mail = mailOf(message, recipient.get(), therapist.get(), client.map(Person::name).orElse("your client"),
                preference, now);
        try {
            mailer.send(mail);
        } catch (RuntimeException smtpAway) {
            waits(message, now, "SMTP: " + Outages.rootCause(smtpAway));
            warn(message);
            return Result.PAUSE;
        }
        // When SMTP accepted it, which is what "sent" means to the person waiting for it.
        message.sent(recipient.get().email(), clock.instant());
        return Result.DONE;
    }

    private void waits(Message message, Instant now, String why) {
        Duration backoff = config.firstBackoff().multipliedBy(1L << Math.min(message.attempts, 16));
        message.failed(why, now, backoff.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : backoff);
    }

    private static void warn(Message message) {
        LOG.warnf("Sending paused: message %s (%s) tries again at %s (attempt %d): %s", message.id, message.kind,
                message.attemptAt, message.attempts, message.outcome);
    }

    private Mail mailOf(Message message, Person recipient, Therapist therapist, String clientName, Preference preference,
            Instant now) {
        MessageDetails d = message.details;
        ZoneId practice = therapist.zone();
        boolean forTherapist = message.audience == Audience.THERAPIST;
        String web = config.webUrl().toString().replaceAll("/+$", "");
        String link = switch (message.kind) {
            case REVIEW_INVITATION -> web + "/my/care/reviews/" + message.bookingId;
            case CHECK_IN_PROMPT -> web + "/my/care/check-ins/" + d.checkInId();
            case CREDENTIAL_VERIFIED, CREDENTIAL_REJECTED, CREDENTIAL_REVOKED, CREDENTIAL_EXPIRING, CREDENTIAL_EXPIRED ->
                web + "/practice/credentials";
            case LISTING_SUSPENDED, LISTING_REINSTATED -> web + "/practice";
            default -> forTherapist ? web + "/practice/schedule" : web + "/my/bookings/" + message.bookingId;
        };
        String unsubscribe = message.kind.topic().optional()
                ? web + "/unsubscribe/" + UnsubscribeToken.of(recipient.subject(), message.kind.topic())
                : null;
        ZoneId own = forTherapist ? null : preference.zone();
        Letter letter = new Letter(recipient.name(), forTherapist, therapist.displayName, clientName,
                therapist.offeringTitle(d.offeringId()),
                d.startsAt() == null ? null : SessionTimes.spoken(d.startsAt(), practice),
                d.endsAt() == null ? null : SessionTimes.timeOfDay(d.endsAt(), practice),
                d.startsAt() == null ? null : SessionTimes.elsewhere(d.startsAt(), practice, own),
                d.previousStartsAt() == null ? null : SessionTimes.spoken(d.previousStartsAt(), practice),
                d.cancellationWindowHours() == null || d.startsAt() == null ? null
                        : SessionTimes.spoken(SessionTimes.freeCancellationUntil(d.startsAt(), d.cancellationWindowHours()),
                                practice),
                d.cancellationWindowHours(), d.cancelledBy() != Audience.THERAPIST, Boolean.TRUE.equals(d.late()), link,
                web + "/my/notifications", unsubscribe, d.dueAfter() == null ? null : SessionTimes.after(d.dueAfter()),
                d.closesAt() == null ? null : SessionTimes.spoken(d.closesAt(), own != null ? own : practice),
                message.kind.name(), d.credentialType() == null ? null : CREDENTIALS.getOrDefault(d.credentialType(), "credential"),
                d.reason(), d.expiresOn() == null ? null : SessionTimes.day(d.expiresOn()));
        Letters.Written written = letters.write(message.kind, letter);
        Mail mail = Mail.withText(recipient.email(), written.subject(), written.text()).setHtml(written.html());
        mail.addHeader("X-Fascia-Message", message.id.toString());
        if (unsubscribe != null) {
            // RFC 8058 one-click: the mail client POSTs "List-Unsubscribe=One-Click" to the link.
            mail.addHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            mail.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (message.kind == MessageKind.BOOKING_CONFIRMED && !forTherapist) {
            mail.addAttachment("fascia-session.ics", CalendarInvite.of(message.bookingId + "@fascia", d.startsAt(), d.endsAt(),
                    letter.offering() + " with " + therapist.displayName,
                    letter.when() + ". Free cancellation until " + letter.freeUntil() + ".", link, now),
                    "text/calendar; charset=utf-8; method=PUBLISH");
        }
        return mail;
    }
}
