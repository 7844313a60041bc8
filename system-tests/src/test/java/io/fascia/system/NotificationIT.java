package io.fascia.system;

import static io.fascia.system.ApiSteps.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.fascia.testing.Mailboxes;
import io.restassured.http.ContentType;

/**
 * E-mail through the whole stack: real bookings lead to messages at the real SMTP server
 * (GreenMail), addressed by what Keycloak knows of each person, timed and worded on the
 * practice's clock, once each, and none lost while SMTP is away.
 */
@ExtendWith(WholeStack.class)
class NotificationIT {

    private static final Logger LOG = Logger.getLogger(NotificationIT.class);
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu 'at' HH:mm zzzz", Locale.ENGLISH);

    private static Mailboxes mail() {
        return new Mailboxes(WholeStack.stack().port("greenmail-api"));
    }

    @Test
    void aBookingIsConfirmedToBothInThePracticesTimeMovingItReplacesTheReminderAndCompletionInvitesAReview() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ApiSteps.ReadyTherapist therapist = ApiSteps.readyTherapist("mail-therapist-" + suffix, "Nora Quinn, LMT " + suffix,
                "America/New_York");
        String clientName = "mail-client-" + suffix;
        Keycloak.createUser(clientName);
        String client = Keycloak.token(clientName);
        // The therapist's first e-mail tells them their licence is verified (ApiSteps.readyTherapist). That notice and
        // the booking's come from two services' events, in either order, so it is awaited before anything is booked.
        String therapistAddress = therapist.username() + "@fascia.example";
        assertThat(mail().await(therapistAddress, 1).get(0).subject()).isEqualTo("Your massage licence is verified");
        // The client lives in Los Angeles and says so; the practice is in New York.
        as(client).contentType(ContentType.JSON).body(Map.of("reminders", true, "prompts", true, "timeZone", "America/Los_Angeles"))
                .when().put("/api/v1/notifications/preferences/me").then().log().ifValidationFails().statusCode(200);

        List<String> slots = ApiSteps.openSlots(therapist);
        String start = slots.get(slots.size() - 1);
        String bookingId = ApiSteps.book(client, therapist.listingId(), therapist.offeringId(), start)
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
        ZoneId practice = ZoneId.of("America/New_York");
        String when = SPOKEN.format(OffsetDateTime.parse(start).atZoneSameInstant(practice)) + " (America/New_York)";

        String clientAddress = clientName + "@fascia.example";
        Mailboxes.Received confirmation = mail().await(clientAddress, 1).get(0);
        assertThat(confirmation.subject()).isEqualTo("Booked: Medical massage with Nora Quinn, LMT " + suffix + ", " + when);
        assertThat(confirmation.says("That is " + SPOKEN.format(OffsetDateTime.parse(start)
                .atZoneSameInstant(ZoneId.of("America/Los_Angeles"))) + " (America/Los_Angeles) where you are.")).isTrue();
        assertThat(confirmation.says("/my/bookings/" + bookingId)).isTrue();
        assertThat(confirmation.attachment("fascia-session.ics")).contains("UID:" + bookingId + "@fascia");
        Mailboxes.Received toTherapist = mail().await(therapistAddress, 2).get(1);
        assertThat(toTherapist.subject()).isEqualTo("New booking: New, " + when);
        assertThat(confirmation.source() + toTherapist.source()).as("no health data in any e-mail")
                .doesNotContain("upper-back", "Upper back", "shoulder blades", "burning", "pain");
        assertThat(statuses(bookingId, "SESSION_REMINDER")).containsExactly("PENDING");

        // Moved to an earlier slot, still days ahead: both are told, the old reminder is withdrawn, a new one waits.
        String earlier = slots.stream().filter(slot -> OffsetDateTime.parse(slot).isAfter(OffsetDateTime.now().plusDays(3)))
                .findFirst().orElseThrow();
        as(client).contentType(ContentType.JSON).body(Map.of("start", earlier))
                .when().post("/api/v1/booking/bookings/" + bookingId + "/reschedule")
                .then().log().ifValidationFails().statusCode(200);
        Mailboxes.Received moved = mail().await(clientAddress, 2).get(1);
        assertThat(moved.subject()).startsWith("Moved: your session with Nora Quinn, LMT " + suffix + " to "
                + SPOKEN.format(OffsetDateTime.parse(earlier).atZoneSameInstant(practice)));
        assertThat(moved.says("Was: " + when)).isTrue();
        mail().await(therapistAddress, 3);
        await("the old reminder withdrawn and a new one scheduled").atMost(Duration.ofSeconds(60))
                .until(() -> statuses(bookingId, "SESSION_REMINDER").size() == 2);
        assertThat(statuses(bookingId, "SESSION_REMINDER")).containsExactlyInAnyOrder("WITHDRAWN", "PENDING");

        // The session takes place and is completed: the client is invited to review it.
        ApiSteps.moveIntoThePast(bookingId);
        as(therapist.token()).when().post("/api/v1/booking/schedule/bookings/" + bookingId + "/complete")
                .then().log().ifValidationFails().statusCode(200);
        Mailboxes.Received invitation = mail().await(clientAddress, 3).get(2);
        assertThat(invitation.subject()).isEqualTo("How did your session with Nora Quinn, LMT " + suffix + " go?");
        assertThat(invitation.says("/my/care/reviews/" + bookingId)).isTrue();
        assertThat(statuses(bookingId, "SESSION_REMINDER")).as("a completed session's reminder is not sent")
                .doesNotContain("PENDING");

        // Its two check-ins fall due (15 s and 30 s after the session in this stack) and the client is
        // asked each time, reviewed or not.
        List<Mailboxes.Received> prompts = mail().await(clientAddress, 5).subList(3, 5);
        assertThat(prompts).extracting(Mailboxes.Received::subject)
                .allMatch(s -> s.startsWith("How are you, ") && s.endsWith("after your session with Nora Quinn, LMT " + suffix + "?"));
        assertThat(prompts.get(0).says("/my/care/check-ins/")).isTrue();

        // One click on a prompt's unsubscribe link (what a mail client POSTs, RFC 8058) stops
        // invitations and prompts; a new booking is still confirmed.
        Mailboxes.Received prompt = prompts.get(1);
        String unsubscribe = prompt.header("List-Unsubscribe").replaceAll("^<(.*)>$", "$1");
        assertThat(prompt.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        given().baseUri(unsubscribe).port(-1).contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .when().post().then().log().ifValidationFails().statusCode(200);
        as(client).when().get("/api/v1/notifications/preferences/me").then().statusCode(200)
                .body("prompts", org.hamcrest.Matchers.is(false)).body("reminders", org.hamcrest.Matchers.is(true));
        String second = ApiSteps.book(client, therapist.listingId(), therapist.offeringId(), slots.get(slots.size() - 2))
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
        assertThat(mail().await(clientAddress, 6).get(5).subject()).startsWith("Booked: ");
        ApiSteps.moveIntoThePast(second, 5);
        as(therapist.token()).when().post("/api/v1/booking/schedule/bookings/" + second + "/complete")
                .then().log().ifValidationFails().statusCode(200);
        await("the second session's invitation and both its check-in prompts to be skipped").atMost(Duration.ofSeconds(90))
                .until(() -> statuses(second, "REVIEW_INVITATION").equals(List.of("SKIPPED"))
                        && statuses(second, "CHECK_IN_PROMPT").equals(List.of("SKIPPED", "SKIPPED")));
        assertThat(mail().of(clientAddress)).hasSize(6);
    }

    @Test
    void confirmationsMadeWhileSmtpIsAwayAreAllSentOnceWhenItReturns() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ApiSteps.ReadyTherapist therapist = ApiSteps.readyTherapist("drill-therapist-" + suffix, "Ola Berg " + suffix,
                "Europe/Berlin");
        String clientName = "drill-client-" + suffix;
        Keycloak.createUser(clientName);
        String client = Keycloak.token(clientName);
        List<String> slots = ApiSteps.openSlots(therapist);
        // Its licence's verification notice goes before SMTP goes away, so only the confirmations are counted after.
        mail().await(therapist.username() + "@fascia.example", 1);

        WholeStack.stack().stop("greenmail");
        List<String> bookings = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                bookings.add(ApiSteps.book(client, therapist.listingId(), therapist.offeringId(), slots.get(i * 3))
                        .then().log().ifValidationFails().statusCode(201).extract().path("id"));
            }
            await("the sender to have tried and failed while SMTP is away").atMost(Duration.ofSeconds(60))
                    .until(() -> bookings.stream().allMatch(b -> attempts(b) >= 1));
        } finally {
            WholeStack.stack().start("greenmail");
        }
        long back = System.nanoTime();
        List<Mailboxes.Received> toClient = mail().await(clientName + "@fascia.example", 3);
        List<Mailboxes.Received> toTherapist = mail().await(therapist.username() + "@fascia.example", 3);
        LOG.infof("Drill, SMTP away: 3 bookings confirmed to both %d ms after it returned",
                Duration.ofNanos(System.nanoTime() - back).toMillis());
        // Past the sender's longest backoff (60 s), nothing more arrives.
        await().pollDelay(Duration.ofSeconds(70)).atMost(Duration.ofSeconds(80)).until(() -> true);
        assertThat(mail().of(clientName + "@fascia.example")).hasSize(3);
        assertThat(mail().of(therapist.username() + "@fascia.example")).hasSize(3);
        assertThat(toClient).extracting(Mailboxes.Received::subject).allMatch(s -> s.startsWith("Booked: "));
        assertThat(toTherapist).extracting(Mailboxes.Received::subject).allMatch(s -> s.startsWith("New booking: "));
    }

    @Test
    void aTherapistIsToldOfEachCredentialDecisionAndOfTheirListingsStandingWithTheAdminsReason() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ApiSteps.ReadyTherapist therapist = ApiSteps.readyTherapist("notice-therapist-" + suffix, "Ana Ruiz " + suffix,
                "America/Chicago");
        String address = therapist.username() + "@fascia.example";
        String admin = Keycloak.token("demo-admin");
        assertThat(mail().await(address, 1).get(0).subject()).isEqualTo("Your massage licence is verified");

        String insurance = ApiSteps.submit(therapist.token(), Map.of("type", "LIABILITY_INSURANCE", "issuer", "Hands Mutual",
                "number", "HM-" + suffix, "issuedOn", java.time.LocalDate.now().minusMonths(11).toString(),
                "expiresOn", java.time.LocalDate.now().plusDays(10).toString()));
        as(admin).contentType(ContentType.JSON).body(Map.of("reason", "The policy number is cut off; please scan the whole page."))
                .when().post("/api/v1/directory/admin/credentials/" + insurance + "/reject")
                .then().log().ifValidationFails().statusCode(200);
        Mailboxes.Received rejected = mail().await(address, 2).get(1);
        assertThat(rejected.subject()).isEqualTo("Your liability insurance was not verified");
        assertThat(rejected.says("The policy number is cut off; please scan the whole page.")).isTrue();

        // Verified with 10 days left: told once that it expires (the stack checks every few seconds).
        String renewed = ApiSteps.submit(therapist.token(), Map.of("type", "LIABILITY_INSURANCE", "issuer", "Hands Mutual",
                "number", "HM2-" + suffix, "issuedOn", java.time.LocalDate.now().minusMonths(11).toString(),
                "expiresOn", java.time.LocalDate.now().plusDays(10).toString()));
        as(admin).contentType(ContentType.JSON).body(Map.of("note", "Whole page this time"))
                .when().post("/api/v1/directory/admin/credentials/" + renewed + "/verify")
                .then().log().ifValidationFails().statusCode(200);
        List<Mailboxes.Received> notices = mail().await(address, 4);
        assertThat(notices.subList(2, 4)).extracting(Mailboxes.Received::subject).containsExactlyInAnyOrder(
                "Your liability insurance is verified", "Your liability insurance expires on "
                        + java.time.LocalDate.now().plusDays(10).format(DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH)));

        as(admin).contentType(ContentType.JSON).body(Map.of("reason", "Complaint under review"))
                .when().post("/api/v1/directory/admin/listings/" + therapist.listingId() + "/suspend")
                .then().log().ifValidationFails().statusCode(200);
        Mailboxes.Received suspended = mail().await(address, 5).get(4);
        assertThat(suspended.subject()).isEqualTo("Your listing is suspended");
        assertThat(suspended.says("Complaint under review")).isTrue();
        as(admin).contentType(ContentType.JSON).body(Map.of("reason", "Reviewed: no fault found"))
                .when().post("/api/v1/directory/admin/listings/" + therapist.listingId() + "/reinstate")
                .then().log().ifValidationFails().statusCode(200);
        Mailboxes.Received reinstated = mail().await(address, 6).get(5);
        assertThat(reinstated.subject()).isEqualTo("Your listing is reinstated");
        assertThat(reinstated.says("Reviewed: no fault found")).isTrue();
        await().pollDelay(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(15)).until(() -> true);
        assertThat(mail().of(address)).as("the expiry notice goes once").hasSize(6);
    }

    @Test
    void preferencesAreEachPersonsOwnAndUnsubscribeLinksNeedNoSignInButAKnownToken() {
        given().when().get("/api/v1/notifications/preferences/me").then().statusCode(401)
                .contentType("application/problem+json");
        for (String who : List.of("demo-client", "demo-therapist", "demo-admin")) {
            as(Keycloak.token(who)).when().get("/api/v1/notifications/preferences/me").then().statusCode(200);
        }
        as(Keycloak.token("demo-client")).contentType(ContentType.JSON)
                .body(Map.of("reminders", true, "prompts", true, "timeZone", "Mars/Olympus_Mons"))
                .when().put("/api/v1/notifications/preferences/me").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.is("timeZone"));
        given().when().get("/api/v1/notifications/unsubscribe/not-a-known-token").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().post("/api/v1/notifications/unsubscribe/not-a-known-token").then().statusCode(404);
    }

    private static List<String> statuses(String bookingId, String kind) {
        return query("SELECT status FROM message WHERE booking_id = ?::uuid AND kind = ? ORDER BY created_at", bookingId, kind);
    }

    private static int attempts(String bookingId) {
        List<String> found = query("SELECT min(attempts)::text FROM message WHERE booking_id = ?::uuid AND kind = ?", bookingId,
                "BOOKING_CONFIRMED");
        return found.isEmpty() || found.get(0) == null ? 0 : Integer.parseInt(found.get(0));
    }

    private static List<String> query(String sql, String... parameters) {
        try (Connection db = DriverManager.getConnection(WholeStack.jdbcUrl("notification"));
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
