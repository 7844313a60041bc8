package io.fascia.booking.booking;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fascia.booking.availability.Availability;
import io.fascia.booking.availability.AvailabilityRequests;
import io.fascia.booking.therapist.BookableTherapists;
import io.fascia.booking.therapist.ListingSnapshot;
import io.fascia.testing.EventContract;
import io.fascia.testing.KafkaEvents;
import io.fascia.testing.PostgresAndKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class BookingResourceTest {

    private static final EventContract SESSION_EVENTS = EventContract.of("booking-service", "session-events.v1.json");

    private static final String BOOKINGS = "/api/v1/booking/bookings";
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final UUID THERAPIST = UUID.randomUUID();
    private static final UUID OFFERING = UUID.randomUUID();
    private static boolean open;

    @Inject
    BookableTherapists therapists;

    @Inject
    Availability availability;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void aTherapistOpenEveryDayFromNineToFive() {
        if (open) {
            return;
        }
        therapists.apply(UUID.randomUUID().toString(), new ListingSnapshot(THERAPIST, "therapist-booked", "Maya Chen, LMT",
                true, ZONE.getId(), 24, List.of(new ListingSnapshot.Offering(OFFERING, "INITIAL_ASSESSMENT",
                        "Initial assessment", 60, 14000, "USD", "MEDICAL")), Instant.now()));
        List<AvailabilityRequests.WeeklyWindowRequest> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(new AvailabilityRequests.WeeklyWindowRequest(day, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        }
        availability.replace("therapist-booked", new AvailabilityRequests.AvailabilityRequest(week, List.of(), 15, 0, 90, 60));
        open = true;
    }

    @Test
    @TestSecurity(user = "client-first", roles = "client")
    void aFirstBookingNeedsAnIntakeAndIsConfirmedWithThePolicyInForce() {
        OffsetDateTime start = slot(3, 10);
        given().when().get("/api/v1/booking/intake/needed?therapistId=" + THERAPIST)
                .then().statusCode(200).body("needed", equalTo(true));
        given().when().get("/api/v1/booking/intake/needed?therapistId=not-an-id")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("therapistId"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(booking(start, null))
                .when().post(BOOKINGS)
                .then().log().ifValidationFails()
                .statusCode(400).body("errors.field", contains("intake"));

        String key = UUID.randomUUID().toString();
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(booking(start, intake()))
                .when().post(BOOKINGS)
                .then().log().ifValidationFails()
                .statusCode(201)
                .body("status", equalTo("CONFIRMED"))
                .body("start", startsWith(start.toLocalDate() + "T10:00"))
                .body("cancellationPolicy.windowHours", equalTo(24))
                .body("intakeGiven", equalTo(true))
                .body("timeZone", notNullValue())
                .extract().path("id");
        // Free cancellation ends exactly the window's 24 hours before the start.
        String freeUntil = given().when().get(BOOKINGS + "/" + id).then().statusCode(200)
                .extract().path("booking.cancellationPolicy.freeUntil");
        assertThat(OffsetDateTime.parse(freeUntil).toInstant()).isEqualTo(start.toInstant().minus(java.time.Duration.ofHours(24)));

        // A retry with the same key and body is the same booking; another body is refused.
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(booking(start, intake()))
                .when().post(BOOKINGS).then().statusCode(200).body("id", equalTo(id));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(booking(slot(3, 13), intake()))
                .when().post(BOOKINGS).then().statusCode(422).contentType("application/problem+json");

        // The second booking with the same therapist needs no new intake.
        given().when().get("/api/v1/booking/intake/needed?therapistId=" + THERAPIST)
                .then().statusCode(200).body("needed", equalTo(false));
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(booking(slot(4, 10), null))
                .when().post(BOOKINGS).then().statusCode(201).body("intakeGiven", equalTo(false));

        given().when().get(BOOKINGS + "/mine").then().statusCode(200).body("total", equalTo(2))
                .body("items[0].start", startsWith(slot(4, 10).toLocalDate() + "T10:00"));
        SESSION_EVENTS.assertValid(new KafkaEvents(bootstrapServers).awaitEvent(SessionEvents.TOPIC, id, SessionConfirmed.TYPE));
    }

    @Test
    @TestSecurity(user = "client-rejected", roles = "client")
    void timesOutsideTheCalendarAreRefusedWithAReason() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(booking(slot(3, 20), intake()))
                .when().post(BOOKINGS).then().statusCode(422).body("detail", startsWith("That start time is outside"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(booking(slot(-2, 10), intake()))
                .when().post(BOOKINGS).then().statusCode(422).body("detail", equalTo("That start time is in the past."));
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(booking(slot(200, 10), intake()))
                .when().post(BOOKINGS).then().statusCode(422).body("detail", startsWith("This therapist takes bookings at most"));
        given().contentType(ContentType.JSON).body(booking(slot(3, 11), intake()))
                .when().post(BOOKINGS).then().statusCode(400).body("errors.field", contains("Idempotency-Key"));
        given().when().get(BOOKINGS + "/mine").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "client-racer", roles = "client")
    void twentyRacersForOneSlotMakeExactlyOneBookingAndNo500() throws Exception {
        OffsetDateTime start = slot(5, 14);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            results.add(pool.submit(() -> given().contentType(ContentType.JSON)
                    .header("Idempotency-Key", UUID.randomUUID().toString()).body(booking(start, intake()))
                    .when().post(BOOKINGS).statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
        long overlapping = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                SELECT count(*) FROM booking a JOIN booking b ON a.therapist_id = b.therapist_id AND a.id < b.id
                WHERE a.status = 'CONFIRMED' AND b.status = 'CONFIRMED'
                  AND tstzrange(a.starts_at, a.blocked_until) && tstzrange(b.starts_at, b.blocked_until)""")
                .getSingleResult()).longValue());
        assertThat(overlapping).isZero();
    }

    @Test
    @TestSecurity(user = "client-double-click", roles = "client")
    void oneKeySentTenTimesAtOnceIsOneBookingAndEveryAnswerIsIt() throws Exception {
        OffsetDateTime start = slot(7, 11);
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<io.restassured.response.Response>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            results.add(pool.submit(() -> given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(booking(start, intake())).when().post(BOOKINGS)));
        }
        List<Integer> statuses = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Future<io.restassured.response.Response> result : results) {
            statuses.add(result.get().statusCode());
            ids.add(result.get().path("id"));
        }
        pool.shutdown();
        // A double click must never read "taken" for the client's own booking.
        assertThat(statuses).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
        assertThat(ids).hasSize(1);
        given().when().get(BOOKINGS + "/mine").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    @TestSecurity(user = "client-late", roles = "client")
    void theBufferAfterASessionIsKeptFree() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(booking(slot(6, 9), intake())).when().post(BOOKINGS).then().statusCode(201);
        // 10:00 is inside 09:00-10:00 plus the 15-minute buffer.
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(booking(slot(6, 10), intake())).when().post(BOOKINGS).then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "therapist-booked", roles = "therapist")
    void therapistsDoNotBookThroughTheClientRoute() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k").body(booking(slot(3, 15), intake()))
                .when().post(BOOKINGS).then().statusCode(403);
    }

    @Test
    void anonymousCallersCannotBook() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k").body(booking(slot(3, 15), intake()))
                .when().post(BOOKINGS).then().statusCode(401).contentType("application/problem+json");
    }

    private static OffsetDateTime slot(int daysAhead, int hour) {
        LocalDate day = LocalDate.now(ZONE).plusDays(daysAhead);
        return day.atTime(hour, 0).atZone(ZONE).toOffsetDateTime();
    }

    private static Map<String, Object> booking(OffsetDateTime start, Map<String, Object> intake) {
        Map<String, Object> body = new HashMap<>();
        body.put("therapistId", THERAPIST.toString());
        body.put("offeringId", OFFERING.toString());
        body.put("start", start.toString());
        if (intake != null) {
            body.put("intake", intake);
        }
        return body;
    }

    private static Map<String, Object> intake() {
        return Map.of("condition", "upper-back-pain", "bodyRegions", List.of("upper-back", "shoulder-blades"),
                "painNow", 6, "goals", "Sit through a workday without burning between my shoulder blades.",
                "physicianReferral", false, "consent", true);
    }
}
