package io.fascia.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Steps of the product's story through the public API, shared by the system tests that need them as setup. */
final class ApiSteps {

    private ApiSteps() {
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    static io.restassured.response.Response book(String token, String therapist, String offering, String start) {
        return book(token, therapist, offering, start, null);
    }

    /** A booking sent to {@code baseUrl} (a service's own address), or through the gateway when it is null. */
    static io.restassured.response.Response book(String token, String therapist, String offering, String start,
            String baseUrl) {
        RequestSpecification request = baseUrl == null ? as(token) : as(token).baseUri(baseUrl).port(-1);
        return request.contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("therapistId", therapist, "offeringId", offering, "start", start, "intake", Map.of(
                        "condition", "upper-back-pain", "bodyRegions", List.of("upper-back", "shoulder-blades"), "painNow", 7,
                        "goals", "Work at my desk without burning between the shoulder blades", "physicianReferral", false,
                        "consent", true)))
                .when().post("/api/v1/booking/bookings");
    }

    /** A published, verified therapist with one medical offering and open hours every day, ready to be booked. */
    record ReadyTherapist(String username, String listingId, String offeringId) {
        String token() {
            return Keycloak.token(username);
        }
    }

    static ReadyTherapist readyTherapist(String username, String displayName, String timeZone) {
        Keycloak.createUser(username);
        given().auth().oauth2(Keycloak.token(username)).contentType(ContentType.JSON)
                .body(Map.of("displayName", displayName, "timeZone", timeZone))
                .when().post("/api/v1/directory/onboarding").then().statusCode(201);
        String therapist = Keycloak.token(username);
        Map<String, Object> listing = new java.util.HashMap<>(profile(displayName));
        listing.put("timeZone", timeZone);
        String listingId = as(therapist).contentType(ContentType.JSON).body(listing)
                .when().put("/api/v1/directory/listings/me")
                .then().log().ifValidationFails().statusCode(200).extract().path("listing.id");
        as(therapist).contentType(ContentType.JSON).body(Map.of("kind", "FOLLOW_UP", "title", "Medical massage", "minutes", 60,
                "price", 120, "currency", "USD", "sessionType", "MEDICAL"))
                .when().post("/api/v1/directory/listings/me/offerings").then().statusCode(201);
        as(therapist).when().post("/api/v1/directory/listings/me/publish").then().log().ifValidationFails().statusCode(200);
        String licence = submit(therapist, Map.of("type", "LICENSE", "issuer", "Oregon Board of Massage Therapists",
                "jurisdiction", "OR", "number", "LMT-" + username, "issuedOn", java.time.LocalDate.now().minusYears(2).toString(),
                "expiresOn", java.time.LocalDate.now().plusYears(1).toString()));
        as(Keycloak.token("demo-admin")).contentType(ContentType.JSON).body(Map.of("note", "Checked with the issuer"))
                .when().post("/api/v1/directory/admin/credentials/" + licence + "/verify")
                .then().log().ifValidationFails().statusCode(200);
        org.awaitility.Awaitility.await("booking-service to know the new listing").atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(500)).until(() -> as(therapist).contentType(ContentType.JSON)
                        .body(allWeek()).when().put("/api/v1/booking/availability/me").statusCode() == 200);
        String offeringId = given().when().get("/api/v1/directory/listings/" + listingId)
                .then().statusCode(200).extract().path("offerings[0].id");
        return new ReadyTherapist(username, listingId, offeringId);
    }

    /** The open slots of a therapist's offering from tomorrow on, earliest first. */
    static List<String> openSlots(ReadyTherapist therapist) {
        java.time.LocalDate tomorrow = java.time.LocalDate.now().plusDays(1);
        return given().queryParam("offeringId", therapist.offeringId()).queryParam("from", tomorrow.toString())
                .queryParam("to", tomorrow.plusDays(6).toString())
                .when().get("/api/v1/booking/therapists/" + therapist.listingId() + "/slots")
                .then().statusCode(200).extract().path("starts");
    }

    static String submit(String token, Map<String, Object> credential) {
        return as(token).contentType("multipart/form-data").multiPart("credential", credential, "application/json")
                .multiPart("document", "credential.pdf", pdf(credential.get("type") + " no. " + credential.get("number")),
                        "application/pdf")
                .when().post("/api/v1/directory/listings/me/credentials")
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    /** A real one-page PDF saying {@code line}, so a browser's viewer shows it as a person would see a scan. */
    static byte[] pdf(String line) {
        String text = "BT /F1 20 Tf 72 700 Td (" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                + ") Tj ET";
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static Map<String, Object> profile(String displayName) {
        return Map.ofEntries(Map.entry("displayName", displayName),
                Map.entry("bio", "Medical massage for desk workers: assessment first, then myofascial release."),
                Map.entry("practiceSetting", "INDEPENDENT"),
                Map.entry("address", Map.of("city", "Portland", "region", "OR", "country", "US")),
                Map.entry("location", Map.of("latitude", 45.5301, "longitude", -122.6612)),
                Map.entry("timeZone", "America/Los_Angeles"), Map.entry("languages", List.of("en")),
                Map.entry("acceptsReferrals", true), Map.entry("cancellationWindowHours", 24),
                Map.entry("techniques", List.of(Map.of("code", "myofascial-release"), Map.of("code", "trigger-point"))),
                Map.entry("conditions", List.of("upper-back-pain")));
    }

    static Map<String, Object> allWeek() {
        List<Map<String, Object>> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(Map.of("day", day.name(), "start", "08:00", "end", "20:00"));
        }
        return Map.of("weekly", week, "overrides", List.of(), "bufferMinutes", 15, "minimumNoticeHours", 0, "horizonDays", 30,
                "slotStepMinutes", 30);
    }

    static Map<String, Object> plan() {
        return Map.of("findings", Map.of("painfulRegions", List.of("upper-back"), "suspectedCauseRegions", List.of("chest"),
                "compensations", "Rounded shoulders from tight pectorals"), "goals", List.of("A full workday without burning"),
                "plannedSessions", 6, "intervalDays", 7, "homecare", List.of(Map.of("name", "Doorway pec stretch",
                        "instructions", "Forearms on the frame, lean through until the chest stretches.", "frequency",
                        "twice a day", "bodyRegion", "chest")));
    }

    /** The appointment takes place: the test moves it into the past, as the clock would. */
    static void moveIntoThePast(String bookingId) {
        moveIntoThePast(bookingId, 2);
    }

    /** The appointment took place, starting {@code hoursAgo} hours ago and lasting an hour. */
    static void moveIntoThePast(String bookingId, int hoursAgo) {
        try (Connection db = DriverManager.getConnection(WholeStack.jdbcUrl("booking"));
                PreparedStatement earlier = db.prepareStatement("""
                        UPDATE booking SET starts_at = now() - make_interval(hours => ?), ends_at = now() - make_interval(hours => ?),
                            blocked_until = now() - make_interval(hours => ?) WHERE id = ?::uuid""")) {
            earlier.setInt(1, hoursAgo);
            earlier.setInt(2, hoursAgo - 1);
            earlier.setInt(3, hoursAgo - 1);
            earlier.setString(4, bookingId);
            assertThat(earlier.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
