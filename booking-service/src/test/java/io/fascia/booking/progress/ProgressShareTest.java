package io.fascia.booking.progress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fascia.booking.booking.Caller;
import io.fascia.booking.plan.PlanRequests;
import io.fascia.booking.plan.TreatmentPlans;
import io.fascia.booking.schedule.ScheduleService;
import io.fascia.booking.testing.SessionFixtures;
import io.fascia.booking.therapist.BookableTherapists;
import io.fascia.booking.therapist.ListingSnapshot;
import io.fascia.testing.EventContract;
import io.fascia.testing.KafkaEvents;
import io.fascia.testing.PostgresAndKafka;
import io.fascia.testing.ShiftableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * A client shares a frozen summary of their treatment through a link that expires and that they
 * can revoke; the link opens it for anyone holding it and counts each opening; nobody else can
 * make, list or revoke their links. Pain reports arrive from review-service over Kafka.
 */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class ProgressShareTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Inject
    SessionFixtures fixtures;

    @Inject
    BookableTherapists therapists;

    @Inject
    TreatmentPlans plans;

    @Inject
    ScheduleService schedule;

    @Inject
    ProgressShares shares;

    @Inject
    ShiftableClock clock;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** A treated client: one completed assessment (intake pain 6) and a plan with one exercise. */
    private record Treatment(SessionFixtures.Therapist therapist, String client, UUID assessment, UUID planId) {

        Caller clientCaller() {
            return new Caller(client, "Client " + client, true, false, false);
        }
    }

    private Treatment treated(String therapistSubject, String client) {
        SessionFixtures.Therapist t = fixtures.open(therapistSubject, CHICAGO, 24);
        // Directory verified two of the therapist's credentials.
        therapists.apply(UUID.randomUUID().toString(), new ListingSnapshot(t.id(), therapistSubject,
                "Therapist " + therapistSubject, true, CHICAGO.getId(), 24,
                List.of(new ListingSnapshot.Offering(t.offering(), "FOLLOW_UP", "Follow-up", 60, 9500, "USD", "MEDICAL")),
                Instant.now().plusSeconds(1), List.of("LICENSED", "MEDICAL_MASSAGE")));
        OffsetDateTime start = t.at(2, 10);
        UUID assessment = fixtures.book(t, client, start);
        clock.travel(Duration.between(Instant.now(clock), start.toInstant().plus(Duration.ofHours(2))));
        Caller therapist = new Caller(therapistSubject, "Therapist", false, true, false);
        schedule.complete(therapist, assessment);
        UUID planId = plans.write(therapist, assessment, new PlanRequests.PlanRequest(
                new PlanRequests.Findings(List.of("neck"), List.of("upper-back"), null),
                List.of("Two headache days a month at most"),
                6, 7, List.of(new PlanRequests.Exercise("Chin tucks", "Ten slow tucks, holding each for five seconds.",
                        "Twice a day", "neck")))).plan().planId();
        return new Treatment(t, client, assessment, planId);
    }

    private void reportPain(Treatment t, String ceId, UUID reportId, String measure, Integer ordinal, String dueAfter, int pain,
            Instant at) {
        new KafkaEvents(bootstrapServers).send(PainReport.TOPIC, t.assessment().toString(), ceId,
                "fascia.review.pain-reported.v1",
                """
                {"reportId":"%s","bookingId":"%s","therapistId":"%s","clientSubject":"%s","measure":"%s","ordinal":%s,
                 "dueAfter":%s,"pain":%d,"reportedAt":"%s","occurredAt":"%s"}""".formatted(reportId, t.assessment(),
                        t.therapist().id(), t.client(), measure, ordinal, dueAfter == null ? "null" : "\"" + dueAfter + "\"",
                        pain, at, at));
    }

    private int painReports(UUID booking) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM pain_report WHERE booking_id = ?1").setParameter(1, booking).getSingleResult()).intValue());
    }

    @Test
    @TestSecurity(user = "client-sharing", roles = "client")
    void theClientSharesAFrozenSummaryAndSeesEachOpeningCounted() {
        Treatment t = treated("therapist-shared", "client-sharing");
        Instant after = Instant.now(clock);
        reportPain(t, UUID.randomUUID().toString(), UUID.randomUUID(), "AFTER_SESSION", null, null, 3, after);
        String checkInEvent = UUID.randomUUID().toString();
        UUID checkIn = UUID.randomUUID();
        reportPain(t, checkInEvent, checkIn, "CHECK_IN", 1, "P7D", 4, after.plus(Duration.ofDays(7)));
        // A redelivery of the same event, and the same report under a new event id, change nothing.
        reportPain(t, checkInEvent, checkIn, "CHECK_IN", 1, "P7D", 4, after.plus(Duration.ofDays(7)));
        reportPain(t, UUID.randomUUID().toString(), checkIn, "CHECK_IN", 1, "P7D", 4, after.plus(Duration.ofDays(7)));
        await("both pain reports kept").atMost(Duration.ofSeconds(30)).until(() -> painReports(t.assessment()) == 2);

        var created = given().contentType(ContentType.JSON).body(Map.of("expiresInDays", 14))
                .when().post("/api/v1/booking/plans/" + t.planId() + "/shares")
                .then().log().ifValidationFails().statusCode(201)
                .body("token", matchesPattern(ShareToken.PATTERN))
                .body("share.status", equalTo("OPEN")).body("share.views", equalTo(0))
                .body("summary.clientName", equalTo("Client client-sharing"))
                .body("summary.condition", equalTo("tension-headache"))
                .body("summary.therapist.displayName", equalTo("Therapist therapist-shared"))
                .body("summary.therapist.credentials", contains("LICENSED", "MEDICAL_MASSAGE"))
                .body("summary.therapist.timeZone", equalTo("America/Chicago"))
                .body("summary.goals", contains("Two headache days a month at most"))
                .body("summary.plannedSessions", equalTo(6)).body("summary.intervalDays", equalTo(7))
                .body("summary.homecare.name", contains("Chin tucks"))
                .body("summary.sessionsAttended", equalTo(1)).body("summary.attendedSessions", hasSize(1))
                .body("summary.pain.measure", contains("BEFORE_SESSION", "AFTER_SESSION", "CHECK_IN"))
                .body("summary.pain.pain", contains(6, 3, 4))
                .body("summary.pain.dueAfter", contains(null, null, "P7D"))
                .extract().response();
        String token = created.path("token");
        String shareId = created.path("share.shareId");
        Instant expires = Instant.parse(created.path("share.expiresAt"));
        assertThat(Duration.between(Instant.parse(created.path("share.createdAt")), expires)).isEqualTo(Duration.ofDays(14));

        // The 4-week check-in comes in after the link was made: the link still shows what the client shared.
        reportPain(t, UUID.randomUUID().toString(), UUID.randomUUID(), "CHECK_IN", 2, "P28D", 2, after.plus(Duration.ofDays(28)));
        await().atMost(Duration.ofSeconds(30)).until(() -> painReports(t.assessment()) == 3);

        given().when().get("/api/v1/booking/shared/" + token)
                .then().statusCode(200)
                .header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex, nofollow")
                .body("summary.pain.pain", contains(6, 3, 4)).body("summary.condition", equalTo("tension-headache"))
                .body("expiresAt", equalTo(created.path("share.expiresAt")));
        given().when().get("/api/v1/booking/shared/" + token).then().statusCode(200);

        given().when().get("/api/v1/booking/plans/" + t.planId() + "/shares")
                .then().statusCode(200).body("shareId", contains(shareId)).body("[0].views", equalTo(2))
                .body("[0].lastViewedAt", matchesPattern("^\\d{4}-.*"));
        // A new link holds the new check-in, and lasts thirty days when the client does not say.
        var second = given().contentType(ContentType.JSON).when().post("/api/v1/booking/plans/" + t.planId() + "/shares")
                .then().statusCode(201).body("summary.pain.pain", contains(6, 3, 4, 2)).extract().response();
        assertThat(Duration.between(Instant.parse(second.path("share.createdAt")), Instant.parse(second.path("share.expiresAt"))))
                .isEqualTo(Duration.ofDays(30));
        given().when().get("/api/v1/booking/plans/" + t.planId() + "/shares")
                .then().body("size()", equalTo(2)).body("[1].shareId", equalTo(shareId));

        given().when().post("/api/v1/booking/shares/" + shareId + "/revoke")
                .then().statusCode(200).body("status", equalTo("REVOKED")).body("revokedAt", matchesPattern("^\\d{4}-.*"));
        given().when().get("/api/v1/booking/shared/" + token)
                .then().statusCode(410).contentType("application/problem+json")
                .body("detail", equalTo("The person who shared this summary has withdrawn the link. Ask them for a new one."));
        given().when().get("/api/v1/booking/shares/" + shareId)
                .then().statusCode(200).body("share.views", equalTo(2)).body("summary.pain.pain", contains(6, 3, 4));
    }

    @Test
    @TestSecurity(user = "client-expiring", roles = "client")
    void aLinkExpiresAfterThirtyDaysByDefault() {
        Treatment t = treated("therapist-expiring", "client-expiring");
        String token = given().contentType(ContentType.JSON).when().post("/api/v1/booking/plans/" + t.planId() + "/shares")
                .then().statusCode(201).extract().path("token");
        clock.travel(Duration.ofDays(29));
        given().when().get("/api/v1/booking/shared/" + token).then().statusCode(200);
        clock.travel(Duration.ofDays(1));
        given().when().get("/api/v1/booking/shared/" + token)
                .then().statusCode(410).body("detail", matchesPattern("^This link expired on .*"));
        given().when().get("/api/v1/booking/plans/" + t.planId() + "/shares")
                .then().body("[0].status", equalTo("EXPIRED")).body("[0].views", equalTo(1));
    }

    @Test
    @TestSecurity(user = "client-careless", roles = "client")
    void badRequestsAreRefusedAndWriteNothing() {
        Treatment t = treated("therapist-careless", "client-careless");
        for (int days : new int[] { 0, 91 }) {
            given().contentType(ContentType.JSON).body(Map.of("expiresInDays", days))
                    .when().post("/api/v1/booking/plans/" + t.planId() + "/shares")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body("{\"expiresInDays\": \"soon\"}")
                .when().post("/api/v1/booking/plans/" + t.planId() + "/shares").then().statusCode(400);
        given().when().get("/api/v1/booking/plans/" + t.planId() + "/shares").then().statusCode(200).body("size()", equalTo(0));
        // Not a link, and a link of the right shape that was never made.
        given().when().get("/api/v1/booking/shared/not-a-token").then().statusCode(404);
        given().when().get("/api/v1/booking/shared/" + ShareToken.random().value())
                .then().statusCode(404).contentType("application/problem+json");
        // The open links of one plan are bounded.
        for (int i = 0; i < ProgressShares.OPEN_LINKS_MAX; i++) {
            shares.create(t.clientCaller(), t.planId(), new ProgressShares.ShareRequest(1));
        }
        given().contentType(ContentType.JSON).when().post("/api/v1/booking/plans/" + t.planId() + "/shares")
                .then().statusCode(409);
    }

    @Test
    void anyoneHoldingTheLinkOpensItWithoutSigningIn() {
        Treatment t = treated("therapist-anonymous", "client-anonymous");
        ShareCreated created = shares.create(t.clientCaller(), t.planId(), new ProgressShares.ShareRequest(null));
        given().when().get("/api/v1/booking/shared/" + created.token())
                .then().statusCode(200).body("summary.clientName", equalTo("Client client-anonymous"))
                .body("summary.goals", hasSize(1));
        // Without a token nothing else of the client's is open.
        given().when().get("/api/v1/booking/plans/" + t.planId() + "/shares").then().statusCode(401);
        given().when().get("/api/v1/booking/shares/" + created.share().shareId()).then().statusCode(401);
        given().when().post("/api/v1/booking/shares/" + created.share().shareId() + "/revoke").then().statusCode(401);
        given().contentType(ContentType.JSON).when().post("/api/v1/booking/plans/" + t.planId() + "/shares")
                .then().statusCode(401);
    }

    private static Treatment othersTreatment;
    private static ShareCreated othersShare;

    /** Someone else's plan and link, made once. */
    private void othersPlanAndLink() {
        if (othersTreatment == null) {
            othersTreatment = treated("therapist-of-another", "client-another");
            othersShare = shares.create(othersTreatment.clientCaller(), othersTreatment.planId(),
                    new ProgressShares.ShareRequest(null));
        }
    }

    private void cannotTouchOthersLinks(int status) {
        UUID plan = othersTreatment.planId();
        UUID share = othersShare.share().shareId();
        given().contentType(ContentType.JSON).when().post("/api/v1/booking/plans/" + plan + "/shares").then().statusCode(status);
        given().when().get("/api/v1/booking/plans/" + plan + "/shares").then().statusCode(status);
        given().when().get("/api/v1/booking/shares/" + share).then().statusCode(status);
        given().when().post("/api/v1/booking/shares/" + share + "/revoke").then().statusCode(status);
        given().when().get("/api/v1/booking/shared/" + othersShare.token()).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "client-nosy", roles = "client")
    void anotherClientFindsNoneOfIt() {
        othersPlanAndLink();
        cannotTouchOthersLinks(404);
    }

    @Test
    @TestSecurity(user = "therapist-of-another", roles = "therapist")
    void evenThePlansTherapistCannotShareOrRevokeForTheClient() {
        othersPlanAndLink();
        cannotTouchOthersLinks(403);
    }

    @Test
    @TestSecurity(user = "admin-curious", roles = "admin")
    void anAdminCannotEither() {
        othersPlanAndLink();
        cannotTouchOthersLinks(403);
    }

    @Test
    void everyExampleOfReviewsSchemaIsAppliedAndAReportOfAStrangersSessionIsDeadLettered() {
        // The examples name booking 9b8a7c6d-... of therapist 3f2a8c4e-... for client-example-subject: make it exist.
        UUID exampleTherapist = UUID.fromString("3f2a8c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b");
        UUID exampleBooking = UUID.fromString("9b8a7c6d-5e4f-4a3b-9c2d-1e0f2a3b4c5d");
        therapists.apply(UUID.randomUUID().toString(), new ListingSnapshot(exampleTherapist, "therapist-example", "Example",
                true, CHICAGO.getId(), 24, List.of(new ListingSnapshot.Offering(UUID.randomUUID(), "FOLLOW_UP", "Follow-up", 60,
                        9500, "USD", "MEDICAL")), Instant.now()));
        UUID offering = QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(
                "SELECT offering_id FROM bookable_offering WHERE therapist_id = ?1").setParameter(1, exampleTherapist)
                .getSingleResult());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO booking (id, therapist_id, offering_id, client_subject, starts_at, ends_at, blocked_until, status,
                    offering_kind, offering_title, minutes, price_cents, currency, session_type, cancellation_window_hours,
                    idempotency_key, request_fingerprint, created_at)
                VALUES (?1, ?2, ?3, 'client-example-subject', '2026-03-11T15:00:00Z', '2026-03-11T16:00:00Z',
                    '2026-03-11T16:00:00Z', 'COMPLETED', 'FOLLOW_UP', 'Follow-up', 60, 9500, 'USD', 'MEDICAL', 24,
                    'example', 'example', '2026-03-01T10:00:00Z') ON CONFLICT DO NOTHING""")
                .setParameter(1, exampleBooking).setParameter(2, exampleTherapist).setParameter(3, offering).executeUpdate());
        KafkaEvents kafka = new KafkaEvents(bootstrapServers);
        EventContract.of("review-service", "pain-reports.v1.json").feedExamples(kafka, PainReport.TOPIC,
                id -> QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                        "SELECT 1 FROM processed_message WHERE consumer = ?1 AND message_id = ?2")
                        .setParameter(1, PainReports.CONSUMER).setParameter(2, id).getResultList().isEmpty()));
        assertThat(painReports(exampleBooking)).isEqualTo(2);

        // Another client's session: never theirs to report on, so it can never be applied.
        String poison = UUID.randomUUID().toString();
        kafka.send(PainReport.TOPIC, exampleBooking.toString(), poison, "fascia.review.pain-reported.v1", """
                {"reportId":"%s","bookingId":"%s","therapistId":"%s","clientSubject":"someone-else","measure":"AFTER_SESSION",
                 "pain":5,"reportedAt":"2026-03-11T16:40:00Z","occurredAt":"2026-03-11T16:40:00Z"}"""
                .formatted(UUID.randomUUID(), exampleBooking, exampleTherapist));
        List<String> deadLettered = kafka.read("fascia.booking.pain-reports-dlq.v1", 1).stream()
                .map(r -> KafkaEvents.header(r, "ce_id")).toList();
        assertThat(deadLettered).contains(poison);
        assertThat(painReports(exampleBooking)).isEqualTo(2);
    }

    @Test
    void aTokenIsNeverItsOwnHashAndEachIsNew() {
        ShareToken one = ShareToken.random();
        ShareToken two = ShareToken.random();
        assertThat(one.value()).matches(ShareToken.PATTERN).isNotEqualTo(two.value());
        assertThat(one.sha256()).hasSize(32).isEqualTo(new ShareToken(one.value()).sha256());
        assertThat(ShareToken.parse(one.value())).contains(one);
        assertThat(ShareToken.parse(one.value() + "=")).isEmpty();
        assertThat(ShareToken.parse("../../etc/passwd")).isEmpty();
        assertThat(one.toString()).doesNotContain(one.value());
    }

    @Test
    void summaryFieldsWithNothingToSayAreNull() {
        // A plan whose client gave no name on any booking has a null clientName, not an empty one.
        Treatment t = treated("therapist-nameless", "client-nameless");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE booking SET client_name = NULL WHERE client_subject = 'client-nameless'").executeUpdate());
        ShareCreated created = shares.create(t.clientCaller(), t.planId(), new ProgressShares.ShareRequest(null));
        given().when().get("/api/v1/booking/shared/" + created.token()).then().statusCode(200)
                .body("summary.clientName", nullValue());
    }
}
