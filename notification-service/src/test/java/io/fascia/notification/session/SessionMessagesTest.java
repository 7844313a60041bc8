package io.fascia.notification.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fascia.notification.message.Message;
import io.fascia.notification.message.MessageKind;
import io.fascia.notification.message.MessageStatus;
import io.fascia.notification.testing.NotificationStack;
import io.fascia.testing.KafkaEvents;
import io.fascia.testing.Mailboxes;
import io.fascia.testing.ShiftableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Session events, as they arrive on the real topic, become e-mails at the real SMTP server: once
 * each, at the right time, on the practice's clock.
 */
@QuarkusTest
@QuarkusTestResource(NotificationStack.class)
class SessionMessagesTest {

    private static final String SESSIONS = "fascia.booking.sessions.v1";
    private static final String LISTINGS = "fascia.directory.listings.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "fascia.greenmail.api-port")
    int mailApiPort;

    @Inject
    ShiftableClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aConfirmedBookingWritesToBothOnceWithTheTimeOnThePracticesClockAndRemindsADayBefore() {
        Booking b = new Booking("ada" + suffix(), "America/New_York");
        b.listed();
        String eventId = UUID.randomUUID().toString();
        Instant startsAt = Instant.parse("2027-03-15T14:00:00Z"); // Monday 10:00 EDT
        b.confirmed(eventId, startsAt);
        b.confirmed(eventId, startsAt); // a redelivery

        Mailboxes mail = new Mailboxes(mailApiPort);
        List<Mailboxes.Received> client = mail.await(b.client + "@people.test", 1);
        List<Mailboxes.Received> therapist = mail.await(b.therapistSubject + "@people.test", 1);
        Mailboxes.Received confirmation = client.get(0);
        assertThat(confirmation.subject()).isEqualTo(
                "Booked: Initial assessment with Theo Practice, Monday 15 March 2027 at 10:00 Eastern Daylight Time (America/New_York)");
        assertThat(confirmation.says("You can cancel or move it free of charge until Sunday 14 March 2027 at 10:00 Eastern Daylight Time (America/New_York) (24 hours before)")).isTrue();
        assertThat(confirmation.attachment("fascia-session.ics")).contains("DTSTART:20270315T140000Z\r\n",
                "DTEND:20270315T150000Z\r\n", "UID:" + b.booking + "@fascia");
        assertThat(confirmation.header("List-Unsubscribe")).as("confirmations always go").isNull();
        assertThat(therapist.get(0).subject()).startsWith("New booking: " + cap(b.client) + ", Monday 15 March 2027 at 10:00");

        Message reminder = only(b.booking, MessageKind.SESSION_REMINDER);
        assertThat(reminder.sendAt).isEqualTo(Instant.parse("2027-03-14T14:00:00Z"));
        assertThat(reminder.status).isEqualTo(MessageStatus.PENDING);
        mail.holds(b.client + "@people.test", 1);
        mail.holds(b.therapistSubject + "@people.test", 1);
    }

    @Test
    void theReminderGoesWhenTheServiceClockReachesItsMomentAndCarriesTheFrozenPolicyAndOneClickUnsubscribe() {
        Booking b = new Booking("bea" + suffix(), "Europe/Berlin");
        b.listed();
        Instant startsAt = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        b.confirmed(UUID.randomUUID().toString(), startsAt);
        Mailboxes mail = new Mailboxes(mailApiPort);
        mail.await(b.client + "@people.test", 1);

        clock.travel(Duration.ofDays(2).plusHours(1));
        List<Mailboxes.Received> received = mail.await(b.client + "@people.test", 2);
        Mailboxes.Received reminder = received.get(1);
        assertThat(reminder.subject()).startsWith("Reminder: Initial assessment with Theo Practice");
        assertThat(reminder.says("a cancellation after that moment counts as late")).isTrue();
        String link = reminder.header("List-Unsubscribe");
        assertThat(link).matches("<http://localhost:\\d+/unsubscribe/[A-Za-z0-9_-]{43}>");
        assertThat(reminder.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(only(b.booking, MessageKind.SESSION_REMINDER).status).isEqualTo(MessageStatus.SENT);
    }

    @Test
    void reschedulingWithdrawsTheOldReminderAndSchedulesANewOne() {
        Booking b = new Booking("cy" + suffix(), "America/Los_Angeles");
        b.listed();
        Instant first = Instant.parse("2027-06-01T17:00:00Z");
        Instant moved = Instant.parse("2027-06-03T18:00:00Z");
        b.confirmed(UUID.randomUUID().toString(), first);
        b.send(UUID.randomUUID().toString(), SessionEvent.RESCHEDULED, """
                {"bookingId":"%s","therapistId":"%s","clientSubject":"%s","previousStartsAt":"%s","startsAt":"%s","endsAt":"%s","occurredAt":"%s"}"""
                .formatted(b.booking, b.therapist, b.client, first, moved, moved.plus(Duration.ofHours(1)), Instant.now()));
        Mailboxes mail = new Mailboxes(mailApiPort);
        Mailboxes.Received notice = mail.await(b.client + "@people.test", 2).get(1);
        assertThat(notice.subject()).isEqualTo(
                "Moved: your session with Theo Practice to Thursday 3 June 2027 at 11:00 Pacific Daylight Time (America/Los_Angeles)");
        assertThat(notice.says("Was: Tuesday 1 June 2027 at 10:00 Pacific Daylight Time")).isTrue();
        List<Message> reminders = all(b.booking, MessageKind.SESSION_REMINDER);
        assertThat(reminders).extracting(m -> m.status + " " + m.sendAt).containsExactlyInAnyOrder(
                "WITHDRAWN 2027-05-31T17:00:00Z", "PENDING 2027-06-02T18:00:00Z");
    }

    @Test
    void aCancellationSaysWhoCancelledAndWithdrawsTheReminder() {
        Booking b = new Booking("dan" + suffix(), "America/Chicago");
        b.listed();
        Instant startsAt = Instant.parse("2027-09-10T15:00:00Z");
        b.confirmed(UUID.randomUUID().toString(), startsAt);
        b.send(UUID.randomUUID().toString(), SessionEvent.CANCELLED, """
                {"bookingId":"%s","therapistId":"%s","clientSubject":"%s","startsAt":"%s","cancelledBy":"THERAPIST","late":false,"reason":"my sciatica flared","occurredAt":"%s"}"""
                .formatted(b.booking, b.therapist, b.client, startsAt, Instant.now()));
        Mailboxes mail = new Mailboxes(mailApiPort);
        Mailboxes.Received toClient = mail.await(b.client + "@people.test", 2).get(1);
        Mailboxes.Received toTherapist = mail.await(b.therapistSubject + "@people.test", 2).get(1);
        assertThat(toClient.says("Theo Practice cancelled your session on Friday 10 September 2027 at 10:00 Central Daylight Time")).isTrue();
        assertThat(toTherapist.says("You cancelled the session on Friday 10 September 2027")).isTrue();
        assertThat(toClient.source() + toTherapist.source()).as("a reason is the client's free text").doesNotContain("sciatica");
        assertThat(only(b.booking, MessageKind.SESSION_REMINDER).status).isEqualTo(MessageStatus.WITHDRAWN);
    }

    @Test
    void anUnsubscribeLinkStopsInvitationsButNotConfirmations() {
        Booking b = new Booking("eve" + suffix(), "America/New_York");
        b.listed();
        Instant startsAt = Instant.parse("2027-02-02T15:00:00Z");
        b.confirmed(UUID.randomUUID().toString(), startsAt);
        b.completed(UUID.randomUUID().toString(), startsAt);
        Mailboxes mail = new Mailboxes(mailApiPort);
        Mailboxes.Received invitation = mail.await(b.client + "@people.test", 2).get(1);
        assertThat(invitation.subject()).isEqualTo("How did your session with Theo Practice go?");
        String token = invitation.header("List-Unsubscribe").replaceAll(".*/unsubscribe/([^>]+)>", "$1");

        given().get("/api/v1/notifications/unsubscribe/{token}", token).then().statusCode(200)
                .body("topic", org.hamcrest.Matchers.is("PROMPTS")).body("subscribed", org.hamcrest.Matchers.is(true));
        // What a mail client sends for RFC 8058 one-click.
        given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .post("/api/v1/notifications/unsubscribe/{token}", token).then().statusCode(200)
                .body("subscribed", org.hamcrest.Matchers.is(false));
        given().get("/api/v1/notifications/unsubscribe/{token}x", token).then().statusCode(404)
                .contentType("application/problem+json");

        UUID second = UUID.randomUUID();
        Booking again = new Booking(b.client, b.therapistSubject, b.therapist, second, "America/New_York");
        again.confirmed(UUID.randomUUID().toString(), startsAt.plus(Duration.ofDays(7)));
        again.completed(UUID.randomUUID().toString(), startsAt.plus(Duration.ofDays(7)));
        mail.await(b.client + "@people.test", 3);
        await().atMost(Duration.ofSeconds(60)).until(() -> all(second, MessageKind.REVIEW_INVITATION).size() == 1
                && all(second, MessageKind.REVIEW_INVITATION).get(0).status != MessageStatus.PENDING);
        assertThat(only(second, MessageKind.REVIEW_INVITATION).status).isEqualTo(MessageStatus.SKIPPED);
        mail.holds(b.client + "@people.test", 3);
    }

    @Test
    void aCheckInThatFellDueAsksTheClientOnceAndOneThatClosedIsNotAskedAbout() {
        Booking b = new Booking("fay" + suffix(), "America/New_York");
        b.listed();
        UUID checkIn = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String due = "{\"checkInId\":\"%s\",\"bookingId\":\"%s\",\"therapistId\":\"%s\",\"clientSubject\":\"%s\",\"ordinal\":1,"
                + "\"dueAfter\":\"P7D\",\"dueAt\":\"%s\",\"closesAt\":\"%s\",\"occurredAt\":\"%s\"}";
        Instant now = Instant.now();
        for (int delivery = 0; delivery < 2; delivery++) {
            new KafkaEvents(bootstrapServers).send("fascia.review.check-ins.v1", b.booking.toString(), eventId,
                    "fascia.review.check-in-due.v1", due.formatted(checkIn, b.booking, b.therapist, b.client, now,
                            now.plus(Duration.ofDays(14)), now));
        }
        Mailboxes mail = new Mailboxes(mailApiPort);
        Mailboxes.Received prompt = mail.await(b.client + "@people.test", 1).get(0);
        assertThat(prompt.subject()).isEqualTo("How are you, one week after your session with Theo Practice?");
        assertThat(prompt.says("/my/care/check-ins/" + checkIn)).isTrue();
        assertThat(prompt.header("List-Unsubscribe")).isNotNull();

        UUID closed = UUID.randomUUID();
        new KafkaEvents(bootstrapServers).send("fascia.review.check-ins.v1", b.booking.toString(), UUID.randomUUID().toString(),
                "fascia.review.check-in-due.v1", due.formatted(closed, b.booking, b.therapist, b.client,
                        now.minus(Duration.ofDays(15)), now.minus(Duration.ofDays(1)), now));
        await().atMost(Duration.ofSeconds(60)).until(() -> all(b.booking, MessageKind.CHECK_IN_PROMPT).size() == 2
                && all(b.booking, MessageKind.CHECK_IN_PROMPT).stream().noneMatch(m -> m.status == MessageStatus.PENDING));
        assertThat(all(b.booking, MessageKind.CHECK_IN_PROMPT)).extracting(m -> m.status + " " + m.outcome)
                .containsExactlyInAnyOrder("SENT null", "WITHDRAWN the check-in closed before the prompt could go");
        mail.holds(b.client + "@people.test", 1);
    }

    @Test
    void newsThatArrivesDaysLateIsRecordedButNotSentWhileItsReminderStillGoes() {
        Booking b = new Booking("gus" + suffix(), "America/New_York");
        b.listed();
        Instant startsAt = Instant.parse("2027-10-10T14:00:00Z");
        String eventId = UUID.randomUUID().toString();
        new KafkaEvents(bootstrapServers).send(SESSIONS, b.booking.toString(), java.util.Map.of("ce_id", eventId, "ce_type",
                SessionEvent.CONFIRMED, "ce_time", Instant.now().minus(Duration.ofDays(3)).toString()), """
                {"bookingId":"%s","therapistId":"%s","offeringId":"%s","clientSubject":"%s","startsAt":"%s","endsAt":"%s",
                 "offeringKind":"INITIAL_ASSESSMENT","sessionType":"MEDICAL","cancellationWindowHours":24,"occurredAt":"%s"}"""
                .formatted(b.booking, b.therapist, b.offering, b.client, startsAt, startsAt.plus(Duration.ofHours(1)),
                        Instant.now().minus(Duration.ofDays(3))));
        await().atMost(Duration.ofSeconds(60)).until(() -> all(b.booking, MessageKind.SESSION_REMINDER).size() == 1);
        assertThat(all(b.booking, MessageKind.BOOKING_CONFIRMED)).extracting(m -> m.status + " " + m.outcome)
                .containsOnly("SKIPPED the event arrived 72 hours after it happened: too late to tell");
        assertThat(only(b.booking, MessageKind.SESSION_REMINDER).status).isEqualTo(MessageStatus.PENDING);
        new Mailboxes(mailApiPort).holds(b.client + "@people.test", 0);
    }

    @Test
    void aMessageWaitingForItsTherapistsListingSleepsUntilTheListingArrivesAndThenGoes() {
        Booking b = new Booking("ivy" + suffix(), "Europe/Berlin");
        Instant startsAt = Instant.parse("2027-05-05T09:00:00Z");
        b.confirmed(UUID.randomUUID().toString(), startsAt);
        // Tried once each, then asleep until the listing comes (or the hour it may take is over):
        // no retry every minute meanwhile.
        await().atMost(Duration.ofSeconds(60)).until(() -> all(b.booking, MessageKind.BOOKING_CONFIRMED).size() == 2
                && all(b.booking, MessageKind.BOOKING_CONFIRMED).stream().allMatch(m -> m.attempts == 1));
        Instant reminderAt = only(b.booking, MessageKind.SESSION_REMINDER).attemptAt;
        assertThat(all(b.booking, MessageKind.BOOKING_CONFIRMED)).allSatisfy(m -> {
            assertThat(m.status).isEqualTo(MessageStatus.PENDING);
            assertThat(m.outcome).isEqualTo("the therapist's listing has not arrived from directory yet");
            assertThat(m.attemptAt).isAfter(Instant.now().plus(Duration.ofMinutes(50)));
        });

        b.listed();
        Mailboxes mail = new Mailboxes(mailApiPort);
        assertThat(mail.await(b.client + "@people.test", 1).get(0).subject()).startsWith("Booked: Initial assessment");
        mail.await(b.therapistSubject + "@people.test", 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> all(b.booking, MessageKind.BOOKING_CONFIRMED).stream()
                .allMatch(m -> m.status == MessageStatus.SENT));
        assertThat(only(b.booking, MessageKind.SESSION_REMINDER).attemptAt).as("a reminder still ahead keeps its time")
                .isEqualTo(reminderAt);
    }

    @Test
    void someoneWithoutAnAddressIsSkippedWithTheReasonNotRetried() {
        Booking b = new Booking("nobody" + suffix(), "UTC");
        b.listed();
        b.confirmed(UUID.randomUUID().toString(), Instant.parse("2027-04-04T10:00:00Z"));
        // Both written (not merely none pending yet) and both decided.
        await().atMost(Duration.ofSeconds(60)).until(() -> all(b.booking, MessageKind.BOOKING_CONFIRMED).size() == 2
                && all(b.booking, MessageKind.BOOKING_CONFIRMED).stream().noneMatch(m -> m.status == MessageStatus.PENDING));
        assertThat(all(b.booking, MessageKind.BOOKING_CONFIRMED)).extracting(m -> m.audience + " " + m.status + " " + m.outcome)
                .containsExactlyInAnyOrder("CLIENT SKIPPED Keycloak has no e-mail address for this person",
                        "THERAPIST SENT null");
    }

    // ------------------------------------------------------------------ helpers

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Message only(UUID booking, MessageKind kind) {
        List<Message> found = all(booking, kind);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static List<Message> all(UUID booking, MessageKind kind) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Message.<Message> list("bookingId = ?1 and kind = ?2", booking, kind));
    }

    private final class Booking {
        final String client;
        final String therapistSubject;
        final UUID therapist;
        final UUID booking;
        final String zone;
        final UUID offering = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

        Booking(String client, String zone) {
            this(client, "theo" + suffix(), UUID.randomUUID(), UUID.randomUUID(), zone);
        }

        Booking(String client, String therapistSubject, UUID therapist, UUID booking, String zone) {
            this.client = client;
            this.therapistSubject = therapistSubject;
            this.therapist = therapist;
            this.booking = booking;
            this.zone = zone;
        }

        void listed() {
            new KafkaEvents(bootstrapServers).send(LISTINGS, therapist.toString(), UUID.randomUUID().toString(),
                    "fascia.directory.listing-snapshot.v1", """
                            {"therapistId":"%s","subject":"%s","displayName":"Theo Practice","bookable":true,"timeZone":"%s",
                             "cancellationWindowHours":24,"badges":[],"offerings":[{"offeringId":"%s","kind":"INITIAL_ASSESSMENT",
                             "title":"Initial assessment","minutes":60,"priceCents":9000,"currency":"USD","sessionType":"MEDICAL"}],
                             "snapshotAt":"%s"}""".formatted(therapist, therapistSubject, zone, offering, Instant.now()));
            await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew()
                    .call(() -> io.fascia.notification.therapist.Therapist.findById(therapist) != null));
        }

        void confirmed(String eventId, Instant startsAt) {
            send(eventId, SessionEvent.CONFIRMED, """
                    {"bookingId":"%s","therapistId":"%s","offeringId":"%s","clientSubject":"%s","startsAt":"%s","endsAt":"%s",
                     "offeringKind":"INITIAL_ASSESSMENT","sessionType":"MEDICAL","cancellationWindowHours":24,"occurredAt":"%s"}"""
                    .formatted(booking, therapist, offering, client, startsAt, startsAt.plus(Duration.ofHours(1)), Instant.now()));
        }

        void completed(String eventId, Instant startsAt) {
            send(eventId, SessionEvent.COMPLETED, """
                    {"bookingId":"%s","therapistId":"%s","clientSubject":"%s","offeringId":"%s","offeringKind":"INITIAL_ASSESSMENT",
                     "sessionType":"MEDICAL","condition":"sciatica","bodyRegions":["lower-back"],"baselinePain":7,"startsAt":"%s",
                     "endsAt":"%s","completedAt":"%s"}"""
                    .formatted(booking, therapist, client, offering, startsAt, startsAt.plus(Duration.ofHours(1)), Instant.now()));
        }

        void send(String eventId, String type, String body) {
            new KafkaEvents(bootstrapServers).send(SESSIONS, booking.toString(), eventId, type, body);
        }
    }
}
