package io.fascia.booking.availability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fascia.booking.therapist.BookableTherapists;
import io.fascia.booking.therapist.ListingSnapshot;
import io.fascia.testing.PostgresAndKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class AvailabilityResourceTest {

    private static final String ME = "/api/v1/booking/availability/me";
    private static final UUID THERAPIST = UUID.randomUUID();
    private static final UUID OFFERING = UUID.randomUUID();
    private static boolean known;

    @Inject
    BookableTherapists therapists;

    @BeforeEach
    void aBookableTherapistInNewYork() {
        if (!known) {
            therapists.apply(UUID.randomUUID().toString(), new ListingSnapshot(THERAPIST, "therapist-avail", "Maya Chen, LMT",
                    true, "America/New_York", 24, List.of(new ListingSnapshot.Offering(OFFERING, "INITIAL_ASSESSMENT",
                            "Initial assessment", 90, 14000, "USD", "MEDICAL")), java.time.Instant.now()));
            known = true;
        }
    }

    @Test
    @TestSecurity(user = "therapist-avail", roles = "therapist")
    void theTherapistSetsAWeekAndClientsSeeOpenStartsWithOffsets() {
        given().contentType(ContentType.JSON).body(week())
                .when().put(ME)
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("weekly", hasSize(2))
                .body("slotStepMinutes", equalTo(30));
        LocalDate monday = nextMonday();
        given().queryParam("offeringId", OFFERING.toString()).queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(6).toString())
                .when().get("/api/v1/booking/therapists/" + THERAPIST + "/slots")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("timeZone", equalTo("America/New_York"))
                .body("minutes", equalTo(90))
                // Monday 09:00-12:00 in 30-minute steps for a 90-minute session: 09:00 .. 10:30.
                .body("starts", hasSize(4))
                .body("starts[0]", startsWith(monday + "T09:00"))
                .body("starts", everyItem(not(startsWith(monday.plusDays(2).toString()))));
    }

    @Test
    @TestSecurity(user = "therapist-avail", roles = "therapist")
    void overlappingOrBackwardWindowsAre400AndChangeNothing() {
        given().contentType(ContentType.JSON).body(week()).put(ME).then().statusCode(200);
        Map<String, Object> bad = Map.of(
                "weekly", List.of(
                        Map.of("day", "MONDAY", "start", "09:00", "end", "12:00"),
                        Map.of("day", "MONDAY", "start", "11:00", "end", "13:00"),
                        Map.of("day", "TUESDAY", "start", "15:00", "end", "14:00")),
                "bufferMinutes", 10, "minimumNoticeHours", 0, "horizonDays", 60, "slotStepMinutes", 7);
        given().contentType(ContentType.JSON).body(bad)
                .when().put(ME)
                .then().log().ifValidationFails()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("weekly[1]", "weekly[2].end", "slotStepMinutes"));
        given().when().get(ME).then().statusCode(200).body("weekly", hasSize(2)).body("bufferMinutes", equalTo(15));
    }

    @Test
    @TestSecurity(user = "therapist-unknown-to-booking", roles = "therapist")
    void aTherapistBookingDoesNotKnowYetGets409() {
        given().contentType(ContentType.JSON).body(week())
                .when().put(ME)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "client-dana", roles = "client")
    void clientsCannotSetAvailability() {
        given().contentType(ContentType.JSON).body(week()).when().put(ME).then().statusCode(403);
        given().when().get(ME).then().statusCode(403);
    }

    @Test
    void anonymousCallersReadSlotsButNeverAvailability() {
        given().when().get(ME).then().statusCode(401).contentType("application/problem+json");
        given().queryParam("offeringId", OFFERING.toString()).queryParam("from", "2026-12-01").queryParam("to", "2026-12-02")
                .when().get("/api/v1/booking/therapists/" + THERAPIST + "/slots")
                .then().statusCode(200);
    }

    @Test
    void slotQuestionsAreChecked() {
        String slots = "/api/v1/booking/therapists/" + THERAPIST + "/slots";
        given().queryParam("offeringId", OFFERING.toString()).queryParam("from", "2026-12-01").queryParam("to", "2027-01-15")
                .when().get(slots).then().statusCode(400).body("errors.field", containsInAnyOrder("to"));
        given().queryParam("from", "tomorrow").when().get(slots)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("offeringId", "from", "to"));
        given().queryParam("offeringId", UUID.randomUUID().toString()).queryParam("from", "2026-12-01").queryParam("to", "2026-12-02")
                .when().get(slots).then().statusCode(404).contentType("application/problem+json");
        given().queryParam("offeringId", OFFERING.toString()).queryParam("from", "2026-12-01").queryParam("to", "2026-12-02")
                .when().get("/api/v1/booking/therapists/" + UUID.randomUUID() + "/slots").then().statusCode(404);
    }

    @Test
    void aTherapistWhoIsNotBookableHasNoSlots() {
        UUID hidden = UUID.randomUUID();
        UUID offering = UUID.randomUUID();
        therapists.apply(UUID.randomUUID().toString(), new ListingSnapshot(hidden, "therapist-hidden", "Hidden", false,
                "UTC", 24, List.of(new ListingSnapshot.Offering(offering, "FOLLOW_UP", "Follow-up", 60, 9000, "USD", "MEDICAL")),
                java.time.Instant.now()));
        given().queryParam("offeringId", offering.toString()).queryParam("from", "2026-12-01").queryParam("to", "2026-12-02")
                .when().get("/api/v1/booking/therapists/" + hidden + "/slots")
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "therapist-drafting", roles = "therapist")
    void aTherapistNotYetBookablePreviewsTheOpenTimesClientsWillSee() {
        UUID drafting = UUID.randomUUID();
        UUID offering = UUID.randomUUID();
        therapists.apply(UUID.randomUUID().toString(), new ListingSnapshot(drafting, "therapist-drafting", "Nora Quinn, LMT",
                false, "America/New_York", 24, List.of(new ListingSnapshot.Offering(offering, "INITIAL_ASSESSMENT",
                        "Initial assessment", 90, 14000, "USD", "MEDICAL")), java.time.Instant.now()));
        given().contentType(ContentType.JSON).body(week()).put(ME).then().statusCode(200);
        LocalDate monday = nextMonday();
        given().queryParam("offeringId", offering.toString()).queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(13).toString())
                .when().get(ME + "/preview")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("timeZone", equalTo("America/New_York"))
                .body("starts[0]", startsWith(monday + "T09:00"));
        // Clients still cannot see or book it.
        given().queryParam("offeringId", offering.toString()).queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(6).toString())
                .when().get("/api/v1/booking/therapists/" + drafting + "/slots").then().statusCode(404);
        // Only the therapist's own offerings, and the same checks on the range as the public slots.
        given().queryParam("offeringId", OFFERING.toString()).queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(6).toString())
                .when().get(ME + "/preview").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("from", "soon").when().get(ME + "/preview")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("offeringId", "from", "to"));
    }

    @Test
    @TestSecurity(user = "client-dana", roles = "client")
    void clientsHaveNoPreview() {
        given().queryParam("offeringId", OFFERING.toString()).queryParam("from", "2026-12-01").queryParam("to", "2026-12-02")
                .when().get(ME + "/preview").then().statusCode(403);
    }

    private static Map<String, Object> week() {
        return Map.of(
                "weekly", List.of(
                        Map.of("day", "MONDAY", "start", "09:00", "end", "12:00"),
                        Map.of("day", "TUESDAY", "start", "13:00", "end", "17:00")),
                "overrides", List.of(Map.of("date", nextMonday().plusDays(1).toString(), "windows", List.of())),
                "bufferMinutes", 15, "minimumNoticeHours", 0, "horizonDays", 60, "slotStepMinutes", 30);
    }

    private static LocalDate nextMonday() {
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        LocalDate monday = today.plusDays(1);
        while (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            monday = monday.plusDays(1);
        }
        return monday;
    }
}
