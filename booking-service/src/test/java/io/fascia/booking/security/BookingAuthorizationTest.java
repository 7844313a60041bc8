package io.fascia.booking.security;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.fascia.booking.booking.Caller;
import io.fascia.booking.plan.PlanRequests;
import io.fascia.booking.plan.TreatmentPlans;
import io.fascia.booking.schedule.ScheduleService;
import io.fascia.booking.testing.SessionFixtures;
import io.fascia.testing.ShiftableClock;
import io.fascia.testing.AccessMatrix;
import io.fascia.testing.PostgresAndKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Every booking-service route for anonymous, the booking's client, another client, the booking's
 * therapist, another therapist and an admin. Writes are aimed where the rightful caller meets a
 * business rule (409) or a validation error (400), so a status other than 401/403/404 proves the
 * caller got past authorization without changing the fixtures.
 */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class BookingAuthorizationTest {

    private static final String API = "/api/v1/booking";
    private static final String CLIENT = "client-authz";
    private static final String THERAPIST = "therapist-authz";
    private static SessionFixtures.Therapist therapist;
    /** Completed, with a treatment plan. */
    private static UUID done;
    /** Confirmed, a month ahead. */
    private static UUID upcoming;
    private static UUID plan;

    @Inject
    SessionFixtures fixtures;

    @Inject
    ShiftableClock clock;

    @Inject
    ScheduleService schedule;

    @Inject
    TreatmentPlans plans;

    @Inject
    ObjectMapper json;


    @BeforeEach
    void fixtures() {
        if (therapist != null) {
            return;
        }
        therapist = fixtures.open(THERAPIST, ZoneId.of("America/Denver"), 24);
        fixtures.open("therapist-authz-other", ZoneId.of("America/Denver"), 24);
        done = fixtures.book(therapist, CLIENT, therapist.at(2, 9));
        upcoming = fixtures.book(therapist, CLIENT, therapist.at(30, 9));
        Caller owner = new Caller(THERAPIST, null, false, true, false);
        clock.travel(Duration.ofDays(3));
        try {
            schedule.complete(owner, done);
            plan = plans.write(owner, done, json.convertValue(Map.of(
                    "findings", Map.of("painfulRegions", List.of("neck"), "suspectedCauseRegions", List.of("upper-back")),
                    "goals", List.of("Fewer headache days"), "plannedSessions", 4, "intervalDays", 14,
                    "homecare", List.of()), PlanRequests.PlanRequest.class)).plan().planId();
        } finally {
            clock.reset();
        }
    }

    private List<AccessMatrix.Route> routes() {
        String day = therapist.at(5, 9).toLocalDate().toString();
        Map<String, Object> planBody = Map.of("findings", Map.of("painfulRegions", List.of("neck"), "suspectedCauseRegions",
                List.of()), "goals", List.of("Sleep through the night"), "plannedSessions", 3, "intervalDays", 7, "homecare",
                List.of());
        Map<String, Object> moveTo = Map.of("start", therapist.at(31, 10).toString());
        return List.of(
                new AccessMatrix.Route("GET", API + "/availability/me", null, 401, 403, 403, 200, 200, 403),
                new AccessMatrix.Route("PUT", API + "/availability/me", Map.of(), 401, 403, 403, 400, 400, 403),
                new AccessMatrix.Route("GET", API + "/therapists/" + therapist.id() + "/slots?offeringId=" + therapist.offering()
                        + "&from=" + day + "&to=" + day, null, 200, 200, 200, 200, 200, 200),
                new AccessMatrix.Route("POST", API + "/bookings", Map.of(), 401, 400, 400, 403, 403, 403),
                new AccessMatrix.Route("GET", API + "/bookings/mine", null, 401, 200, 200, 403, 403, 403),
                new AccessMatrix.Route("GET", API + "/intake/needed?therapistId=" + therapist.id(), null, 401, 200, 200, 403, 403,
                        403),
                new AccessMatrix.Route("GET", API + "/bookings/" + done, null, 401, 200, 404, 200, 404, 200),
                new AccessMatrix.Route("GET", API + "/bookings/" + done + "/history", null, 401, 200, 404, 200, 404, 200),
                new AccessMatrix.Route("POST", API + "/bookings/" + done + "/cancel", Map.of(), 401, 409, 404, 403, 403, 403),
                new AccessMatrix.Route("POST", API + "/bookings/" + done + "/reschedule", moveTo, 401, 409, 404, 403, 403, 403),
                new AccessMatrix.Route("GET", API + "/schedule/me", null, 401, 403, 403, 200, 200, 403),
                new AccessMatrix.Route("POST", API + "/schedule/bookings/" + done + "/cancel", Map.of("reason", "test"),
                        401, 403, 403, 409, 404, 403),
                new AccessMatrix.Route("POST", API + "/schedule/bookings/" + done + "/complete", null, 401, 403, 403, 409, 404, 403),
                new AccessMatrix.Route("POST", API + "/schedule/bookings/" + done + "/no-show", null, 401, 403, 403, 409, 404, 403),
                new AccessMatrix.Route("PUT", API + "/schedule/bookings/" + upcoming + "/plan", planBody, 401, 403, 403, 409, 404, 403),
                new AccessMatrix.Route("GET", API + "/plans/mine", null, 401, 200, 200, 403, 403, 403),
                new AccessMatrix.Route("GET", API + "/plans/" + plan, null, 401, 200, 404, 200, 404, 200),
                new AccessMatrix.Route("GET", API + "/plans/" + plan + "/versions", null, 401, 200, 404, 200, 404, 200),
                new AccessMatrix.Route("GET", API + "/admin/therapists/" + therapist.id() + "/schedule", null, 401, 403, 403, 403, 403, 200));
    }

    @Test
    void anonymous() {
        check(0);
    }

    @Test
    @TestSecurity(user = CLIENT, roles = "client")
    void theBookingsClient() {
        check(1);
    }

    @Test
    @TestSecurity(user = "client-authz-other", roles = "client")
    void anotherClient() {
        check(2);
    }

    @Test
    @TestSecurity(user = THERAPIST, roles = "therapist")
    void theBookingsTherapist() {
        check(3);
    }

    @Test
    @TestSecurity(user = "therapist-authz-other", roles = "therapist")
    void anotherTherapist() {
        check(4);
    }

    @Test
    @TestSecurity(user = "admin-authz", roles = "admin")
    void anAdmin() {
        check(5);
    }

    /** Columns: anonymous, client, other client, therapist, other therapist, admin. */
    private void check(int caller) {
        AccessMatrix.check(routes(), caller);
    }
}
