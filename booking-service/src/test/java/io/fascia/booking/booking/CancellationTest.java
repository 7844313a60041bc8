package io.fascia.booking.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fascia.booking.availability.Availability;
import io.fascia.booking.availability.AvailabilityRequests;
import io.fascia.booking.therapist.BookableTherapists;
import io.fascia.booking.therapist.ListingSnapshot;
import io.fascia.testing.PostgresAndKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Two therapists: one who asks for a day's notice to cancel, one who asks for a week's. */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class CancellationTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final UUID ONE_DAY = UUID.randomUUID();
    private static final UUID ONE_WEEK = UUID.randomUUID();
    private static final UUID ONE_DAY_OFFERING = UUID.randomUUID();
    private static final UUID ONE_WEEK_OFFERING = UUID.randomUUID();
    private static boolean ready;

    @Inject
    BookableTherapists therapists;

    @Inject
    Availability availability;

    @BeforeEach
    void therapists() {
        if (ready) {
            return;
        }
        open(ONE_DAY, ONE_DAY_OFFERING, "therapist-one-day", 24);
        open(ONE_WEEK, ONE_WEEK_OFFERING, "therapist-one-week", 168);
        ready = true;
    }

    @Test
    @TestSecurity(user = "client-cancels", roles = "client")
    void cancellingBeforeTheWindowIsFreeAndFreesTheTime() {
        String id = book(ONE_DAY, ONE_DAY_OFFERING, 5, 10);
        given().contentType(ContentType.JSON).body(Map.of("reason", "Back feels better, will rebook"))
                .when().post("/api/v1/booking/bookings/" + id + "/cancel")
                .then().log().ifValidationFails()
                .statusCode(200).body("status", equalTo("CANCELLED"));
        given().when().get("/api/v1/booking/bookings/" + id + "/history")
                .then().statusCode(200)
                .body("status", contains("CONFIRMED", "CANCELLED"))
                .body("[1].reason", equalTo("Back feels better, will rebook"));
        // The time is free again.
        book(ONE_DAY, ONE_DAY_OFFERING, 5, 10);
        given().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/booking/bookings/" + id + "/cancel")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "client-late", roles = "client")
    void cancellingInsideTheWindowIsALateCancellation() {
        String id = book(ONE_WEEK, ONE_WEEK_OFFERING, 3, 11);
        given().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/booking/bookings/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("LATE_CANCEL"));
    }

    @Test
    @TestSecurity(user = "client-nosy", roles = "client")
    void nobodyCancelsOrReadsSomeoneElsesBooking() {
        String someoneElses = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/booking/bookings/" + someoneElses + "/cancel").then().statusCode(404);
        given().when().get("/api/v1/booking/bookings/" + someoneElses + "/history").then().statusCode(404);
    }

    @Test
    void anonymousCallersCannotCancel() {
        given().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/booking/bookings/" + UUID.randomUUID() + "/cancel")
                .then().statusCode(401).contentType("application/problem+json");
    }

    private String book(UUID therapist, UUID offering, int daysAhead, int hour) {
        String start = LocalDate.now(ZONE).plusDays(daysAhead).atTime(hour, 0).atZone(ZONE).toOffsetDateTime().toString();
        return given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("therapistId", therapist.toString(), "offeringId", offering.toString(), "start", start,
                        "intake", Map.of("condition", "tension-headache", "bodyRegions", List.of("neck"), "painNow", 5,
                                "goals", "Fewer headache days", "physicianReferral", true, "consent", true)))
                .when().post("/api/v1/booking/bookings")
                .then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
    }

    private void open(UUID therapist, UUID offering, String subject, int cancellationWindowHours) {
        therapists.apply(UUID.randomUUID().toString(), new ListingSnapshot(therapist, subject, subject, true, ZONE.getId(),
                cancellationWindowHours, List.of(new ListingSnapshot.Offering(offering, "FOLLOW_UP", "Follow-up", 60, 9000,
                        "EUR", "MEDICAL")), Instant.now()));
        List<AvailabilityRequests.WeeklyWindowRequest> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(new AvailabilityRequests.WeeklyWindowRequest(day, LocalTime.of(8, 0), LocalTime.of(18, 0)));
        }
        availability.replace(subject, new AvailabilityRequests.AvailabilityRequest(week, List.of(), 0, 0, 60, 60));
    }
}
