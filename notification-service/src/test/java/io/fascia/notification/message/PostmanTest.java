package io.fascia.notification.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fascia.notification.testing.NotificationStack;
import io.fascia.notification.therapist.Therapist;
import io.fascia.testing.Mailboxes;
import io.fascia.testing.ShiftableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The sender under contention and across daylight-saving changes: senders racing for the same due
 * messages (as replicas would) send each once, and a reminder for a session the day after a
 * spring-forward goes at the same wall-clock time the day before, once the service's clock gets
 * there.
 */
@QuarkusTest
@QuarkusTestResource(NotificationStack.class)
class PostmanTest {

    @Inject
    Postman postman;

    @Inject
    ShiftableClock clock;

    @ConfigProperty(name = "fascia.greenmail.api-port")
    int mailApiPort;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void fourSendersRacingForTheSameDueMessagesSendEachOnce() throws Exception {
        String client = "race" + UUID.randomUUID().toString().substring(0, 8);
        UUID therapist = therapist("America/Chicago");
        Instant later = Instant.now().plus(Duration.ofMinutes(10));
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 40; i++) {
                Message.about(UUID.randomUUID().toString(), MessageKind.BOOKING_CONFIRMED, Audience.CLIENT, client, therapist,
                        UUID.randomUUID(), MessageDetails.session(null, later.plus(Duration.ofDays(3)),
                                later.plus(Duration.ofDays(3)).plus(Duration.ofHours(1)), 24),
                        later, Instant.now());
            }
        });
        clock.travel(Duration.ofMinutes(11));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> senders = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            senders.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                int looked = 0;
                for (int pass = 0; pass < 5; pass++) {
                    looked += postman.pass();
                }
                return looked;
            }));
        }
        start.countDown();
        for (CompletableFuture<Integer> sender : senders) {
            sender.get();
        }
        Mailboxes mail = new Mailboxes(mailApiPort);
        mail.await(client + "@people.test", 40);
        mail.holds(client + "@people.test", 40);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Message.count("clientSubject = ?1 and status = ?2", client,
                MessageStatus.SENT))).isEqualTo(40);
    }

    @Test
    void aReminderForTheDayAfterNewYorksSpringForwardGoesAtTheSameWallClockTimeOnceTheClockGetsThere() {
        // Sunday 14 March 2027 is New York's spring-forward; the session is Monday 15 March at 09:00 EDT,
        // its reminder Sunday 09:00 EDT.
        remindsOnTime("America/New_York", Instant.parse("2027-03-15T13:00:00Z"), Instant.parse("2027-03-14T13:00:00Z"),
                "Monday 15 March 2027 at 09:00 Eastern Daylight Time (America/New_York)");
    }

    @Test
    void aReminderForTheDayAfterBerlinsSpringForwardGoesAtTheSameWallClockTimeOnceTheClockGetsThere() {
        // Sunday 28 March 2027 is Berlin's; the session is Monday 29 March at 09:00 CEST, its reminder Sunday 09:00 CEST.
        remindsOnTime("Europe/Berlin", Instant.parse("2027-03-29T07:00:00Z"), Instant.parse("2027-03-28T07:00:00Z"),
                "Monday 29 March 2027 at 09:00 Central European Summer Time (Europe/Berlin)");
    }

    private void remindsOnTime(String zone, Instant startsAt, Instant expected, String spoken) {
        String client = "dst" + UUID.randomUUID().toString().substring(0, 8);
        UUID therapist = therapist(zone);
        UUID booking = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> Message.about(UUID.randomUUID().toString(), MessageKind.SESSION_REMINDER,
                Audience.CLIENT, client, therapist, booking, MessageDetails.session(null, startsAt,
                        startsAt.plus(Duration.ofHours(1)), 24),
                ReminderTime.of(startsAt, ZoneId.of(zone), Duration.ofDays(1), Instant.now()).orElseThrow(),
                Instant.now()));
        assertThat(reminder(booking).sendAt).isEqualTo(expected);

        clock.travel(Duration.between(Instant.now(), expected).minus(Duration.ofMinutes(1)));
        postman.deliverDue();
        assertThat(reminder(booking).status).as("a minute early").isEqualTo(MessageStatus.PENDING);
        clock.travel(Duration.ofMinutes(2));
        postman.deliverDue();
        await().atMost(Duration.ofSeconds(30)).until(() -> reminder(booking).status == MessageStatus.SENT);
        Mailboxes.Received sent = new Mailboxes(mailApiPort).await(client + "@people.test", 1).get(0);
        assertThat(sent.subject()).endsWith(spoken);
    }

    @Test
    void howFarSendingIsBehindIsAWellnessCheckAndMetrics() {
        io.restassured.RestAssured.given().when().get("/q/health/well").then().log().ifValidationFails()
                .body("checks.find { it.name == 'E-mail sending' }.data.due", org.hamcrest.Matchers.notNullValue())
                .body("checks.find { it.name == 'E-mail sending' }.data.oldestDueSeconds", org.hamcrest.Matchers.notNullValue());
        io.restassured.RestAssured.given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("fascia_notification_due"),
                        org.hamcrest.Matchers.containsString("fascia_notification_lag_seconds"));
    }

    private static Message reminder(UUID booking) {
        return QuarkusTransaction.requiringNew().call(() -> Message.<Message> find("bookingId = ?1 and kind = ?2", booking,
                MessageKind.SESSION_REMINDER).singleResult());
    }

    private static UUID therapist(String zone) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            Therapist t = new Therapist();
            t.therapistId = id;
            t.subject = "theo" + id.toString().substring(0, 8);
            t.displayName = "Theo Practice";
            t.timeZone = zone;
            t.offerings = java.util.Map.of();
            t.snapshotAt = Instant.now();
            t.persist();
        });
        return id;
    }
}
