package io.fascia.booking.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.fascia.booking.booking.Caller;
import io.fascia.booking.testing.SessionFixtures;
import io.fascia.testing.ShiftableClock;
import io.fascia.testing.PostgresAndKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** A therapist writes a plan after the assessment and updates it; the client reads every version. */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class TreatmentPlanTest {

    private static SessionFixtures.Therapist therapist;
    private static UUID assessment;
    private static String planId;

    @Inject
    SessionFixtures fixtures;

    @Inject
    ShiftableClock clock;

    @Inject
    EntityManager em;

    @Inject
    TreatmentPlans plans;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void anAssessmentTwoDaysAhead() {
        if (therapist == null) {
            therapist = fixtures.open("therapist-planner", ZoneId.of("America/Los_Angeles"), 24);
            assessment = fixtures.book(therapist, "client-planned", therapist.at(2, 10));
        }
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "therapist-planner", roles = "therapist")
    void aPlanIsWrittenAfterTheAssessmentAndEveryUpdateIsANewVersion() {
        UUID assessment = fixtures.book(therapist, "client-fresh-plan", therapist.at(2, 12));
        given().contentType(ContentType.JSON).body(plan(8, 7)).when().put(planPath(assessment))
                .then().statusCode(409).contentType("application/problem+json");

        clock.travel(Duration.ofDays(3));
        String planId = given().contentType(ContentType.JSON).body(plan(8, 7)).when().put(planPath(assessment))
                .then().log().ifValidationFails()
                .statusCode(201)
                .body("version", equalTo(1)).body("latestVersion", equalTo(1))
                .body("basedOnBookingId", equalTo(assessment.toString()))
                .body("findings.painfulRegions", contains("upper-back", "neck"))
                .body("findings.suspectedCauseRegions", contains("chest"))
                .body("homecare[0].name", equalTo("Doorway pec stretch"))
                .body("homecare[0].bodyRegion", equalTo("chest"))
                .extract().path("planId");

        given().contentType(ContentType.JSON).body(plan(6, 14)).when().put(planPath(assessment))
                .then().statusCode(200).body("planId", equalTo(planId)).body("version", equalTo(2))
                .body("plannedSessions", equalTo(6)).body("intervalDays", equalTo(14));

        given().when().get("/api/v1/booking/plans/" + planId + "/versions")
                .then().statusCode(200).body("version", contains(1, 2)).body("plannedSessions", contains(8, 6))
                .body("latestVersion", contains(2, 2));
        // The booking points the therapist at the plan.
        given().when().get("/api/v1/booking/bookings/" + assessment)
                .then().statusCode(200).body("planId", equalTo(planId));

        long rewritten = QuarkusTransaction.requiringNew().call(() -> (long) em.createNativeQuery(
                "UPDATE treatment_plan_version SET planned_sessions = 1 WHERE plan_id = CAST(?1 AS uuid)")
                .setParameter(1, planId).executeUpdate());
        assertThat(rewritten).as("versions are immutable").isZero();
    }

    @Test
    @TestSecurity(user = "therapist-planner", roles = "therapist")
    void anIncompletePlanIsRefusedWithEachFieldNamed() {
        clock.travel(Duration.ofDays(3));
        Map<String, Object> bad = plan(0, 7);
        bad.put("goals", List.of());
        bad.put("findings", Map.of("painfulRegions", List.of("Upper Back"), "suspectedCauseRegions", List.of()));
        given().contentType(ContentType.JSON).body(bad).when().put(planPath(assessment))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("plannedSessions", "goals", "findings.painfulRegions[0]"));
    }

    @Test
    @TestSecurity(user = "client-planned", roles = "client")
    void theClientReadsTheirPlan() {
        String id = existingPlan();
        given().when().get("/api/v1/booking/plans/mine")
                .then().statusCode(200).body("planId", contains(id));
        given().when().get("/api/v1/booking/plans/" + id)
                .then().statusCode(200).body("therapistName", equalTo("Therapist therapist-planner"))
                .body("homecare[0].frequency", equalTo("twice a day, 3 x 30 s"));
    }

    @Test
    @TestSecurity(user = "client-stranger", roles = "client")
    void anotherClientCannotReadIt() {
        String id = existingPlan();
        given().when().get("/api/v1/booking/plans/" + id).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/booking/plans/" + id + "/versions").then().statusCode(404);
        given().when().get("/api/v1/booking/plans/mine").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    @TestSecurity(user = "therapist-stranger", roles = "therapist")
    void anotherTherapistCannotReadOrWriteIt() {
        String id = existingPlan();
        given().when().get("/api/v1/booking/plans/" + id).then().statusCode(404);
        clock.travel(Duration.ofDays(3));
        given().contentType(ContentType.JSON).body(plan(4, 7)).when().put(planPath(assessment)).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "support", roles = "admin")
    void anAdminReadsIt() {
        String id = existingPlan();
        given().when().get("/api/v1/booking/plans/" + id).then().statusCode(200).body("planId", equalTo(id));
    }

    /** Written once through the service, for the tests that read it. */
    private String existingPlan() {
        if (planId == null) {
            clock.travel(Duration.ofDays(3));
            planId = plans.write(new Caller("therapist-planner", null, false, true, false), assessment,
                    json.convertValue(plan(8, 7), PlanRequests.PlanRequest.class)).plan().planId().toString();
            clock.reset();
        }
        return planId;
    }

    private static String planPath(UUID booking) {
        return "/api/v1/booking/schedule/bookings/" + booking + "/plan";
    }

    private static Map<String, Object> plan(int sessions, int interval) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("findings", Map.of("painfulRegions", List.of("upper-back", "neck"), "suspectedCauseRegions", List.of("chest"),
                "compensations", "Rounded shoulders; rhomboids overstretched by tight pectorals"));
        plan.put("goals", List.of("Work a full day at the desk without burning between the shoulder blades"));
        plan.put("plannedSessions", sessions);
        plan.put("intervalDays", interval);
        plan.put("homecare", List.of(Map.of("name", "Doorway pec stretch", "instructions",
                "Forearms on the door frame, step through until the chest stretches; no pain.", "frequency",
                "twice a day, 3 x 30 s", "bodyRegion", "chest")));
        return plan;
    }
}
