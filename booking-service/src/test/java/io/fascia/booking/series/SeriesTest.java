package io.fascia.booking.series;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fascia.booking.booking.Caller;
import io.fascia.booking.plan.PlanRequests;
import io.fascia.booking.plan.TreatmentPlans;
import io.fascia.booking.testing.SessionFixtures;
import io.fascia.platform.sql.NativeSql;
import io.fascia.testing.PostgresAndKafka;
import io.fascia.testing.ShiftableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A client books the rest of their treatment plan in one request: the same wall-clock time across
 * daylight-saving changes, all or nothing unless asked otherwise, one key for the series, the
 * rest cancelled at once, and never a double booking against single bookings racing it.
 */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class SeriesTest {

    private static final Logger LOG = Logger.getLogger(SeriesTest.class);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** A series shared by the authorization tests, booked once by its owner, and its plan. */
    private static UUID sharedSeries;
    private static UUID sharedPlan;

    @Inject
    SessionFixtures fixtures;

    @Inject
    ShiftableClock clock;

    @Inject
    TreatmentPlans plans;

    @Inject
    SeriesService series;

    @Inject
    EntityManager em;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** A plan of six weekly sessions, written after the client's assessment with the therapist. */
    private record Planned(SessionFixtures.Therapist therapist, UUID planId) {
    }

    private Planned plan(SessionFixtures.Therapist therapist, String client) {
        OffsetDateTime assessment = Instant.now(clock).atZone(therapist.zone()).toLocalDate().plusDays(2).atTime(10, 0)
                .atZone(therapist.zone()).toOffsetDateTime();
        UUID booking = fixtures.book(therapist, client, assessment);
        clock.travel(Duration.ofDays(3));
        UUID planId = plans.write(new Caller(therapist.subject(), "Therapist", false, true, false), booking,
                new PlanRequests.PlanRequest(new PlanRequests.Findings(List.of("upper-back"), List.of("chest"), null),
                        List.of("Sit through a workday without burning"), 6, 7, List.of())).plan().planId();
        return new Planned(therapist, planId);
    }

    private Planned plan(String therapist, ZoneId zone, String client) {
        return plan(fixtures.open(therapist, zone, 24, 200), client);
    }

    private static Map<String, Object> request(Planned p, String firstStart, int sessions, String ifTaken) {
        Map<String, Object> body = new HashMap<>(Map.of("offeringId", p.therapist().offering().toString(), "firstStart",
                firstStart, "sessions", sessions));
        if (ifTaken != null) {
            body.put("ifTaken", ifTaken);
        }
        return body;
    }

    private static Response post(Planned p, String key, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/booking/plans/" + p.planId() + "/series");
    }

    private static List<OffsetDateTime> starts(Response response) {
        return response.then().extract().<String> jsonPath().getList("booked.start", String.class).stream()
                .map(OffsetDateTime::parse).toList();
    }

    @Test
    @TestSecurity(user = "client-series-ny", roles = "client")
    void aWeeklySeriesKeepsTenOClockAcrossTheSpringChangeInNewYork() {
        Planned p = plan("therapist-series-ny", NEW_YORK, "client-series-ny");
        Map<String, Object> body = request(p, "2027-03-01T10:00:00-05:00", 5, null);
        String key = UUID.randomUUID().toString();

        Response made = post(p, key, body);
        made.then().log().ifValidationFails().statusCode(201)
                .body("booked", hasSize(5)).body("notBooked", empty()).body("timeZone", equalTo("America/New_York"))
                .body("everyDays", equalTo(7)).body("ifTaken", equalTo("BOOK_NONE"))
                .body("booked.status", everyItem(equalTo("CONFIRMED")));
        List<OffsetDateTime> starts = starts(made);
        assertThat(starts).extracting(OffsetDateTime::toLocalTime).containsOnly(LocalTime.of(10, 0));
        assertThat(starts).extracting(OffsetDateTime::getOffset).containsExactly(ZoneOffset.ofHours(-5), ZoneOffset.ofHours(-5),
                ZoneOffset.ofHours(-4), ZoneOffset.ofHours(-4), ZoneOffset.ofHours(-4));
        assertThat(starts).extracting(s -> s.toLocalDate().toString())
                .containsExactly("2027-03-01", "2027-03-08", "2027-03-15", "2027-03-22", "2027-03-29");
        String id = made.path("id");
        assertThat(made.<List<String>> path("booked.seriesId")).containsOnly(id);

        // One key for the series: a retry returns it, the key with another body is refused.
        post(p, key, body).then().statusCode(200).body("id", equalTo(id)).body("booked", hasSize(5));
        post(p, key, request(p, "2027-03-01T10:00:00-05:00", 4, null)).then().statusCode(422);
        // The plan had six sessions after the assessment; one is left.
        post(p, UUID.randomUUID().toString(), request(p, "2027-04-05T10:00:00-04:00", 2, null))
                .then().statusCode(400).body("errors[0].field", equalTo("sessions"));
    }

    @Test
    @TestSecurity(user = "client-series-berlin", roles = "client")
    void aWeeklySeriesKeepsTenOClockAcrossTheSpringChangeInBerlin() {
        Planned p = plan("therapist-series-berlin", BERLIN, "client-series-berlin");
        Response made = post(p, UUID.randomUUID().toString(), request(p, "2027-03-15T10:00:00+01:00", 4, null));
        made.then().log().ifValidationFails().statusCode(201).body("booked", hasSize(4));
        List<OffsetDateTime> starts = starts(made);
        assertThat(starts).extracting(OffsetDateTime::toLocalTime).containsOnly(LocalTime.of(10, 0));
        assertThat(starts).extracting(OffsetDateTime::getOffset).containsExactly(ZoneOffset.ofHours(1), ZoneOffset.ofHours(1),
                ZoneOffset.ofHours(2), ZoneOffset.ofHours(2));
    }

    @Test
    @TestSecurity(user = "client-series-taken", roles = "client")
    void oneTakenSessionBooksNoneByDefaultAndTheRestWhenAsked() {
        Planned p = plan("therapist-series-taken", NEW_YORK, "client-series-taken");
        fixtures.book(p.therapist(), "client-series-rival", OffsetDateTime.parse("2027-03-22T10:00:00-04:00"));

        post(p, UUID.randomUUID().toString(), request(p, "2027-03-01T10:00:00-05:00", 5, null))
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", contains("sessions[3]"))
                .body("errors[0].message", equalTo("2027-03-22T10:00-04:00: That time is booked already."));
        assertThat(inSeriesOf(p)).as("all or nothing: nothing").isZero();

        Response rest = post(p, UUID.randomUUID().toString(), request(p, "2027-03-01T10:00:00-05:00", 5, "BOOK_THE_REST"));
        rest.then().log().ifValidationFails().statusCode(201)
                .body("booked", hasSize(4)).body("notBooked.position", contains(4))
                .body("notBooked[0].reason", equalTo("That time is booked already."));
        assertThat(starts(rest)).extracting(s -> s.toLocalDate().toString())
                .containsExactly("2027-03-01", "2027-03-08", "2027-03-15", "2027-03-29");
        assertThat(inSeriesOf(p)).isEqualTo(4);
        // Read back later, the series still says which session it could not book.
        given().when().get("/api/v1/booking/series/" + rest.path("id")).then().statusCode(200)
                .body("notBooked.position", contains(4)).body("notBooked[0].reason", equalTo(SeriesService.NOT_BOOKED_THEN));
    }

    @Test
    @TestSecurity(user = "client-series-cancel", roles = "client")
    void cancellingTheRestLeavesSessionsAlreadyHadAsTheyAre() {
        Planned p = plan("therapist-series-cancel", NEW_YORK, "client-series-cancel");
        String id = post(p, UUID.randomUUID().toString(), request(p, "2027-01-04T10:00:00-05:00", 3, null))
                .then().statusCode(201).extract().path("id");
        // The first session has taken place; the other two are ahead.
        clock.travel(Duration.between(Instant.now(clock), Instant.parse("2027-01-05T12:00:00Z")));

        given().contentType(ContentType.JSON).body(Map.of("reason", "Pain is gone")).when()
                .post("/api/v1/booking/series/" + id + "/cancel")
                .then().log().ifValidationFails().statusCode(200)
                .body("booked.status", contains("CONFIRMED", "CANCELLED", "CANCELLED"))
                .body("booked[1].cancelledBy", equalTo("CLIENT"));
        // Cancelling again changes nothing.
        given().contentType(ContentType.JSON).body(Map.of()).when().post("/api/v1/booking/series/" + id + "/cancel")
                .then().statusCode(200).body("booked.status", contains("CONFIRMED", "CANCELLED", "CANCELLED"));
    }

    // ---- who may see and change a series

    private UUID shared() {
        if (sharedSeries == null) {
            Planned p = plan("therapist-series-authz", NEW_YORK, "client-series-authz");
            sharedPlan = p.planId();
            sharedSeries = series.book(new Caller("client-series-authz", "Client", true, false, false), p.planId(),
                    UUID.randomUUID().toString(), new SeriesRequests.SeriesRequest(p.therapist().offering(),
                            OffsetDateTime.parse("2027-02-01T15:00:00-05:00"), 7, 2, null)).series().id();
        }
        return sharedSeries;
    }

    @Test
    @TestSecurity(user = "client-series-authz", roles = "client")
    void theClientSeesTheirSeries() {
        given().when().get("/api/v1/booking/series/" + shared()).then().statusCode(200).body("booked", hasSize(2));
    }

    @Test
    @TestSecurity(user = "therapist-series-authz", roles = "therapist")
    void thePlansTherapistSeesTheSeriesButCannotCancelIt() {
        given().when().get("/api/v1/booking/series/" + shared()).then().statusCode(200).body("booked", hasSize(2));
        given().contentType(ContentType.JSON).body(Map.of()).when().post("/api/v1/booking/series/" + shared() + "/cancel")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin-series", roles = "admin")
    void anAdminSeesTheSeries() {
        given().when().get("/api/v1/booking/series/" + shared()).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "client-series-stranger", roles = "client")
    void anotherClientFindsNoSeriesAndNoPlanToBookFrom() {
        UUID id = shared();
        given().when().get("/api/v1/booking/series/" + id).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of()).when().post("/api/v1/booking/series/" + id + "/cancel")
                .then().statusCode(404);
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k-1")
                .body(Map.of("offeringId", UUID.randomUUID().toString(), "firstStart", "2027-02-01T15:00:00-05:00"))
                .when().post("/api/v1/booking/plans/" + sharedPlan + "/series").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "therapist-series-stranger", roles = "therapist")
    void anotherTherapistFindsNoSeries() {
        given().when().get("/api/v1/booking/series/" + shared()).then().statusCode(404);
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        given().when().get("/api/v1/booking/series/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "client-series-bad", roles = "client")
    void badRequestsChangeNothing() {
        Planned p = plan("therapist-series-bad", NEW_YORK, "client-series-bad");
        post(p, UUID.randomUUID().toString(), Map.of("firstStart", "2027-02-01T15:00:00-05:00"))
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(request(p, "2027-02-01T15:00:00-05:00", 2, null))
                .when().post("/api/v1/booking/plans/" + p.planId() + "/series").then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        post(p, UUID.randomUUID().toString(), request(p, "2027-02-01T15:00:00-05:00", 2, "SOMETIMES"))
                .then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> elsewhere = request(p, "2027-02-01T15:00:00-05:00", 2, null);
        elsewhere.put("offeringId", UUID.randomUUID().toString());
        post(p, UUID.randomUUID().toString(), elsewhere).then().statusCode(400).body("errors[0].field", equalTo("offeringId"));
        post(p, UUID.randomUUID().toString(), request(p, "2020-02-01T15:00:00-05:00", 2, null))
                .then().statusCode(400).body("errors[0].field", equalTo("firstStart"));
        post(p, UUID.randomUUID().toString(), request(p, "+999999-02-01T15:00:00-05:00", 2, null))
                .then().statusCode(400).contentType("application/problem+json");
        // Three in the morning is outside the therapist's hours: nothing is booked.
        post(p, UUID.randomUUID().toString(), request(p, "2027-02-01T03:00:00-05:00", 2, "BOOK_THE_REST"))
                .then().statusCode(409).body("errors", hasSize(2));
        assertThat(inSeriesOf(p)).isZero();
    }

    // ---- the race

    /**
     * Rounds of one series of four sessions against four single bookings of exactly its times,
     * all let go at once: every time ends with exactly one holder, and each series is whole or
     * absent (BOOK_NONE).
     */
    @Test
    void aSeriesRacingSingleBookingsNeverDoubleBooks() throws Exception {
        SessionFixtures.Therapist therapist = fixtures.open("therapist-series-race", NEW_YORK, 24, 200);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        int seriesWon = 0;
        int singlesWon = 0;
        try {
            for (int round = 0; round < 6; round++) {
                String client = "client-series-race-" + round;
                Planned p = plan(therapist, client);
                OffsetDateTime first = OffsetDateTime.parse("2027-02-01T09:00:00-05:00").plusHours(2L * round);
                CountDownLatch go = new CountDownLatch(1);
                List<Callable<Boolean>> racers = new ArrayList<>();
                racers.add(() -> {
                    go.await();
                    series.book(new Caller(client, "Client", true, false, false), p.planId(), UUID.randomUUID().toString(),
                            new SeriesRequests.SeriesRequest(therapist.offering(), first, 7, 4, null));
                    return true;
                });
                for (int week = 0; week < 4; week++) {
                    OffsetDateTime start = first.plusWeeks(week);
                    String rival = "client-series-rival-" + round + "-" + week;
                    racers.add(() -> {
                        go.await();
                        // As BookingResource does: a booking rolled back by a deadlock with a racer runs again.
                        for (int attempt = 1;; attempt++) {
                            try {
                                fixtures.book(therapist, rival, start);
                                return true;
                            } catch (RuntimeException e) {
                                if (attempt >= 3 || !NativeSql.rolledBackForARace(e)) {
                                    throw e;
                                }
                            }
                        }
                    });
                }
                List<Future<Boolean>> results = racers.stream().map(pool::submit).toList();
                go.countDown();
                List<Boolean> won = new ArrayList<>();
                for (Future<Boolean> result : results) {
                    try {
                        won.add(result.get());
                    } catch (java.util.concurrent.ExecutionException lost) {
                        won.add(false);
                    }
                }
                long inSeries = inSeriesOf(p);
                assertThat(inSeries).as("round %d: a series is whole or absent", round).isIn(0L, 4L);
                assertThat(won.get(0)).isEqualTo(inSeries == 4);
                for (int week = 0; week < 4; week++) {
                    assertThat(holders(therapist, first.plusWeeks(week))).as("round %d week %d: one holder", round, week)
                            .isEqualTo(1);
                }
                seriesWon += won.get(0) ? 1 : 0;
                singlesWon += (int) won.subList(1, won.size()).stream().filter(Boolean::booleanValue).count();
            }
        } finally {
            pool.shutdownNow();
        }
        LOG.infof("Series against single bookings: %d of 6 series won whole, %d of 24 single bookings won", seriesWon,
                singlesWon);
    }

    private long inSeriesOf(Planned p) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                SELECT count(*) FROM booking b JOIN booking_series s ON s.id = b.series_id WHERE s.plan_id = ?1""")
                .setParameter(1, p.planId()).getSingleResult()).longValue());
    }

    private long holders(SessionFixtures.Therapist therapist, OffsetDateTime start) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                SELECT count(*) FROM booking WHERE therapist_id = ?1 AND starts_at = ?2
                  AND status NOT IN ('CANCELLED', 'LATE_CANCEL')""")
                .setParameter(1, therapist.id()).setParameter(2, java.sql.Timestamp.from(start.toInstant())).getSingleResult())
                .longValue());
    }
}
