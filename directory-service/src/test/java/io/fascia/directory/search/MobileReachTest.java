package io.fascia.directory.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.fascia.directory.credential.CredentialTestData;
import io.fascia.directory.listing.Listing;
import io.fascia.directory.listing.ListingTestData;
import io.fascia.directory.practice.ListingService;
import io.fascia.directory.verification.CredentialService;
import io.fascia.testing.PostgresAndKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Near a place, a practice is found inside the searched radius, and a mobile therapist wherever
 * their own service radius reaches the client, whatever radius the client searched. In Tromsø,
 * where a degree of longitude is a third of what it is at the equator, so a reach that ignored
 * the latitude would be wrong east and west. Whiplash, which no other test searches.
 */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class MobileReachTest {

    private static final String CONDITION = "whiplash";
    private static final double LAT = 69.6492;
    private static final double LON = 18.9553;
    /** 20 km along the parallel and along the meridian, at this latitude. */
    private static final double EAST_20_KM = Math.toDegrees(20 / (SearchSql.EARTH_RADIUS_KM * Math.cos(Math.toRadians(LAT))));
    private static final double NORTH_20_KM = Math.toDegrees(20 / SearchSql.EARTH_RADIUS_KM);

    @Inject
    ListingService listings;

    @Inject
    CredentialService credentials;

    @Test
    void mobileTherapistsAreFoundWhereTheirOwnRadiusReachesTheClient() {
        String s = " " + UUID.randomUUID().toString().substring(0, 6);
        visible("Reaches East" + s, Listing.PracticeSetting.MOBILE, LAT, LON + EAST_20_KM, 25);
        visible("Short East" + s, Listing.PracticeSetting.MOBILE, LAT, LON + EAST_20_KM, 15);
        visible("Reaches West" + s, Listing.PracticeSetting.MOBILE, LAT, LON - EAST_20_KM, 22);
        visible("Reaches North" + s, Listing.PracticeSetting.MOBILE, LAT + NORTH_20_KM, LON, 22);
        visible("Short South" + s, Listing.PracticeSetting.MOBILE, LAT - NORTH_20_KM, LON, 18);
        visible("Clinic Close" + s, Listing.PracticeSetting.CLINIC, LAT + NORTH_20_KM / 10, LON, null);
        visible("Clinic Beyond" + s, Listing.PracticeSetting.CLINIC, LAT, LON + EAST_20_KM / 2, null);

        assertThat(near(s, "5")).containsExactlyInAnyOrder("Reaches East" + s, "Reaches West" + s, "Reaches North" + s,
                "Clinic Close" + s);
        // A wider search finds the clinic 10 km away; the mobile therapists' own radius still decides.
        assertThat(near(s, "15")).containsExactlyInAnyOrder("Reaches East" + s, "Reaches West" + s, "Reaches North" + s,
                "Clinic Close" + s, "Clinic Beyond" + s);
        List<String> everywhere = given().queryParam("condition", CONDITION).queryParam("size", "50")
                .when().get("/api/v1/directory/search").then().statusCode(200)
                .extract().jsonPath().getList("items.displayName", String.class);
        assertThat(everywhere.stream().filter(n -> n.endsWith(s))).hasSize(7);
    }

    private List<String> near(String suffix, String radiusKm) {
        return given().queryParam("condition", CONDITION).queryParam("near", LAT + "," + LON).queryParam("radiusKm", radiusKm)
                .queryParam("size", "50").when().get("/api/v1/directory/search").then().statusCode(200)
                .extract().jsonPath().getList("items.displayName", String.class).stream()
                .filter(n -> n.endsWith(suffix)).toList();
    }

    private void visible(String name, Listing.PracticeSetting setting, double latitude, double longitude, Integer radiusKm) {
        String owner = "therapist-" + UUID.randomUUID();
        ListingTestData.publishedListing(listings, owner, ListingTestData.profileAt(name, setting, latitude, longitude, radiusKm,
                List.of("myofascial-release", "trigger-point"), List.of(CONDITION)));
        CredentialTestData.verifiedLicence(credentials, owner);
    }
}
