package io.fascia.directory.listing;

import static io.fascia.directory.listing.ListingFixtures.assessment;
import static io.fascia.directory.listing.ListingFixtures.profile;
import static io.fascia.directory.listing.ListingFixtures.withField;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.fascia.directory.practice.ListingService;
import io.fascia.testing.PostgresAndKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class OwnListingResourceTest {

    private static final String ME = "/api/v1/directory/listings/me";

    @Test
    @TestSecurity(user = "therapist-create", roles = "therapist")
    void therapistCreatesADraftThatExplainsWhyItIsNotVisible() {
        given().contentType(ContentType.JSON).body(profile("Maya Chen, LMT"))
                .when().put(ME)
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("ownerSubject", equalTo("therapist-create"))
                .body("publiclyVisible", equalTo(false))
                .body("notVisibleBecause", hasItems("The listing is not published.",
                        "There is no current verified massage licence."))
                .body("listing.techniques.find { it.code == 'iastm' }.toolsAllowed", equalTo(false))
                .body("listing.techniques.find { it.code == 'myofascial-release' }.toolsAllowed", nullValue())
                .body("listing.conditions.code", contains("upper-back-pain", "tension-headache"))
                .body("listing.languages", contains("en", "es"));

        given().when().get(ME).then().statusCode(200).body("listing.displayName", equalTo("Maya Chen, LMT"));
    }

    @Test
    @TestSecurity(user = "therapist-invalid", roles = "therapist")
    void invalidProfileIs400WithFieldErrorsAndWritesNothing() {
        Map<String, Object> bad = withField(withField(withField(withField(profile("X"),
                "timeZone", "Mars/Olympus"),
                "conditions", List.of("low-back-pain", "broken-heart")),
                "techniques", List.of(Map.of("code", "reiki"))),
                "location", Map.of("latitude", 95.0, "longitude", -122.0));
        given().contentType(ContentType.JSON).body(bad)
                .when().put(ME)
                .then().log().ifValidationFails()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("displayName", "location.latitude"));

        // Bean validation passes, the domain checks do not.
        Map<String, Object> unknownCodes = withField(withField(withField(profile("Maya Chen"),
                "timeZone", "Mars/Olympus"),
                "conditions", List.of("low-back-pain", "broken-heart")),
                "techniques", List.of(Map.of("code", "reiki")));
        given().contentType(ContentType.JSON).body(unknownCodes)
                .when().put(ME)
                .then().log().ifValidationFails()
                .statusCode(400)
                .body("errors.field", hasItems("timeZone", "conditions[1]", "techniques[0].code"))
                .body("errors.find { it.field == 'conditions[1]' }.message", equalTo("'broken-heart' is not a known condition"));

        given().when().get(ME).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "therapist-mobile", roles = "therapist")
    void mobilePracticeNeedsARadius() {
        given().contentType(ContentType.JSON).body(withField(profile("Rolling Relief"), "practiceSetting", "MOBILE"))
                .when().put(ME)
                .then().statusCode(400)
                .body("errors.field", contains("serviceRadiusKm"));
    }

    @Test
    @TestSecurity(user = "therapist-offerings", roles = "therapist")
    void offeringsArePricedValidatedAndRemovable() {
        given().contentType(ContentType.JSON).body(profile("Offering Tester")).put(ME).then().statusCode(200);

        String id = given().contentType(ContentType.JSON).body(assessment())
                .when().post(ME + "/offerings")
                .then().log().ifValidationFails()
                .statusCode(201)
                .body("price", equalTo(140.00f))
                .body("minutes", equalTo(90))
                .extract().path("id");

        given().contentType(ContentType.JSON).body(withField(assessment(), "price", "-5"))
                .when().post(ME + "/offerings")
                .then().statusCode(400).body("errors.field", contains("price"));
        given().contentType(ContentType.JSON).body(withField(assessment(), "minutes", 5))
                .when().post(ME + "/offerings")
                .then().statusCode(400).body("errors.field", contains("minutes"));
        for (String notMoney : new String[] { "XYZ", "XTS", "usd" }) {
            given().contentType(ContentType.JSON).body(withField(assessment(), "currency", notMoney))
                    .when().post(ME + "/offerings")
                    .then().statusCode(400).body("errors.field", contains("currency"));
        }

        given().contentType(ContentType.JSON).body(withField(withField(assessment(), "price", "150.50"), "currency", "CAD"))
                .when().put(ME + "/offerings/" + id)
                .then().statusCode(200).body("price", equalTo(150.50f)).body("currency", equalTo("CAD"));
        given().when().get(ME).then().body("listing.offerings", hasSize(1));

        given().when().delete(ME + "/offerings/" + id).then().statusCode(204);
        given().when().get(ME).then().body("listing.offerings", hasSize(0));
        given().when().delete(ME + "/offerings/" + id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "therapist-publish", roles = "therapist")
    void publishingNeedsACompleteListing() {
        given().contentType(ContentType.JSON).body(profile("Publish Tester")).put(ME).then().statusCode(200);

        given().when().post(ME + "/publish")
                .then().log().ifValidationFails()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("at least one offering"));

        given().contentType(ContentType.JSON).body(assessment()).post(ME + "/offerings").then().statusCode(201);
        given().when().post(ME + "/publish")
                .then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("notVisibleBecause", contains("There is no current verified massage licence."));
        given().when().post(ME + "/unpublish").then().statusCode(200).body("status", equalTo("UNPUBLISHED"));
        given().when().post(ME + "/unpublish").then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "client-dana", roles = "client")
    void clientsCannotManageListings() {
        given().contentType(ContentType.JSON).body(profile("Not A Therapist"))
                .when().put(ME)
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get(ME).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin-ada", roles = "admin")
    void adminsDoNotEditTherapistContent() {
        given().contentType(ContentType.JSON).body(profile("Admin Wrote This"))
                .when().put(ME)
                .then().statusCode(403);
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        given().contentType(ContentType.JSON).body(profile("Anonymous"))
                .when().put(ME)
                .then().statusCode(401).contentType("application/problem+json");
        given().when().post(ME + "/publish").then().statusCode(401);
    }

    @Inject
    ListingService listings;

    @Test
    @TestSecurity(user = "therapist-intruder", roles = "therapist")
    void aTherapistCannotTouchAnotherTherapistsOffering() {
        listings.saveProfile("therapist-victim", ListingFixtures.profileRequest("Victim Therapist"));
        String victimsOffering = listings.addOffering("therapist-victim", ListingFixtures.assessmentRequest()).id().toString();
        given().contentType(ContentType.JSON).body(profile("Intruder")).put(ME).then().statusCode(200);

        given().contentType(ContentType.JSON).body(withField(assessment(), "price", "1.00"))
                .when().put(ME + "/offerings/" + victimsOffering)
                .then().statusCode(404).contentType("application/problem+json");
        given().when().delete(ME + "/offerings/" + victimsOffering).then().statusCode(404);

        assertThat(listings.ownView("therapist-victim").listing().offerings()).singleElement()
                .satisfies(o -> assertThat(o.price()).isEqualByComparingTo("140.00"));
    }
}
