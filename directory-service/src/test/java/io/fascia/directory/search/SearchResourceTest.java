package io.fascia.directory.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fascia.directory.credential.CredentialTestData;
import io.fascia.directory.listing.Listing;
import io.fascia.directory.listing.ListingTestData;
import io.fascia.directory.opening.NextOpenings;
import io.fascia.directory.opening.NextOpeningsStore;
import io.fascia.directory.outcome.OutcomeEvidenceStore;
import io.fascia.directory.outcome.OutcomeSnapshot;
import io.fascia.directory.practice.ListingService;
import io.fascia.directory.verification.CredentialService;
import io.fascia.testing.PostgresAndKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;

/**
 * Matching search over a small town of therapists in Reykjavik (far from every other test's
 * listings): same techniques, different outcome evidence, one chain spa without its tools, one
 * colleague too far away, one draft.
 */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class SearchResourceTest {

    private static final double LAT = 64.1466;
    private static final double LON = -21.9426;
    private static final String HERE = LAT + "," + LON;
    private static final List<String> SUITED = List.of("myofascial-release", "trigger-point", "neuromuscular");

    private static boolean townBuilt;
    private static UUID glowingTwo;
    private static UUID fortyGood;
    private static UUID noReviews;
    private static UUID poorResults;
    private static UUID chainSpa;
    private static UUID farAway;

    @Inject
    ListingService listings;

    @Inject
    CredentialService credentials;

    @Inject
    OutcomeEvidenceStore evidenceStore;

    @Inject
    NextOpeningsStore openingsStore;

    @BeforeEach
    void town() {
        if (townBuilt) {
            return;
        }
        List<String> withScraping = new ArrayList<>(SUITED);
        withScraping.add("iastm");
        glowingTwo = visible("Glowing Two", Listing.PracticeSetting.INDEPENDENT, LAT + 0.009, LON, withScraping);
        fortyGood = visible("Forty Good", Listing.PracticeSetting.CLINIC, LAT + 0.009, LON, SUITED);
        noReviews = visible("No Reviews Yet", Listing.PracticeSetting.INDEPENDENT, LAT + 0.009, LON, SUITED);
        poorResults = visible("Poor Results", Listing.PracticeSetting.INDEPENDENT, LAT + 0.009, LON, SUITED);
        chainSpa = visible("Chain Spa", Listing.PracticeSetting.CHAIN_OR_SPA, LAT + 0.018, LON,
                List.of("iastm:no-tools", "swedish"));
        farAway = visible("Far Away", Listing.PracticeSetting.INDEPENDENT, LAT + 0.36, LON, SUITED);
        String draftOwner = "therapist-" + UUID.randomUUID();
        listings.saveProfile(draftOwner, ListingTestData.profileAt("Draft Only", Listing.PracticeSetting.INDEPENDENT,
                LAT, LON, SUITED, List.of("upper-back-pain")));
        CredentialTestData.verifiedLicence(credentials, draftOwner);
        CredentialTestData.verifiedMedicalMassageCertificate(credentials, ownerOf(fortyGood));

        // Evidence arrives as review-service's snapshots bring it: the platform's share is 0.4, and
        // each score is the one review computed (its OutcomeMath shrinks with a prior weight of 10).
        // Glowing Two has a third review whose 4-week check-in is still pending: it counts for neither.
        evidence(glowingTwo, 3, 2, 1.0, 0.5);
        evidence(fortyGood, 40, 40, 0.7, 0.64);
        evidence(poorResults, 30, 30, 0.1, 0.175);
        // The spa's relaxation sessions: back to baseline at 4 weeks. Shown apart, never ranked by,
        // and their platform share is not the prior of medical evidence.
        evidenceStore.apply(UUID.randomUUID().toString(), new OutcomeSnapshot(chainSpa, List.of(), List.of(
                new OutcomeSnapshot.ConditionOutcome("upper-back-pain", 12, 10, 0.0, 0.0, 0.05, 0.03)), Instant.now()));
        // When they are free, as booking publishes it: Forty Good this week, Glowing Two in three weeks.
        Instant now = Instant.now();
        openingsStore.apply(UUID.randomUUID().toString(), new NextOpenings(fortyGood, "Atlantic/Reykjavik", List.of(
                new NextOpenings.KindOpenings("FOLLOW_UP", List.of(at(now, 2), at(now, 3), at(now, 9)))), now));
        openingsStore.apply(UUID.randomUUID().toString(), new NextOpenings(glowingTwo, "Atlantic/Reykjavik", List.of(
                new NextOpenings.KindOpenings("INITIAL_ASSESSMENT", List.of(at(now, 21)))), now));
        // An older snapshot arriving late never brings back what a newer one said.
        openingsStore.apply(UUID.randomUUID().toString(), new NextOpenings(glowingTwo, "Atlantic/Reykjavik", List.of(
                new NextOpenings.KindOpenings("INITIAL_ASSESSMENT", List.of(at(now, 1)))), now.minusSeconds(60)));
        townBuilt = true;
    }

    private static OffsetDateTime at(Instant now, int daysAhead) {
        return now.plus(Duration.ofDays(daysAhead)).truncatedTo(ChronoUnit.HOURS).atOffset(ZoneOffset.UTC);
    }

    @Test
    void eachResultSaysWhenTheTherapistIsNextFreeAndTheFilterKeepsThoseFreeSoon() {
        search("condition", "upper-back-pain")
                .body("items.find { it.displayName == 'Forty Good' }.nextOpenings.starts", hasSize(3))
                .body("items.find { it.displayName == 'Forty Good' }.nextOpenings.timeZone", equalTo("Atlantic/Reykjavik"))
                .body("items.find { it.displayName == 'Glowing Two' }.nextOpenings.starts", hasSize(1))
                .body("items.find { it.displayName == 'No Reviews Yet' }.nextOpenings", nullValue());
        search("condition", "upper-back-pain", "availableWithinDays", "7")
                .body("items.displayName", contains("Forty Good"));
        search("condition", "upper-back-pain", "availableWithinDays", "30")
                .body("items.displayName", contains("Forty Good", "Glowing Two"));
        search("condition", "upper-back-pain", "availableWithinDays", "30", "offeringKind", "INITIAL_ASSESSMENT")
                .body("items.displayName", contains("Glowing Two"))
                .body("items[0].nextOpenings.starts", hasSize(1));
        search("availableWithinDays", "7").body("items.displayName", contains("Forty Good"));
        given().queryParam("availableWithinDays", "0").when().get("/api/v1/directory/search")
                .then().statusCode(400).body("errors[0].field", equalTo("availableWithinDays"));
        given().queryParam("availableWithinDays", "soon").when().get("/api/v1/directory/search")
                .then().statusCode(400).body("errors[0].field", equalTo("availableWithinDays"));
    }

    @Test
    void searchRanksByReviewsScoreSoTwoGlowingReviewsDoNotBeatFortyGoodOnes() {
        search("condition", "upper-back-pain")
                .body("items.displayName", contains("Forty Good", "Glowing Two", "No Reviews Yet", "Poor Results", "Chain Spa"))
                .body("items[0].why.evidence.reviews", equalTo(40))
                .body("items[0].why.evidence.score", closeTo(0.64, 0.001))
                .body("items[1].why.evidence.score", closeTo(0.5, 0.001))
                .body("items[1].why.evidence.reviews", equalTo(3))
                .body("items[1].why.evidence.settledReviews", equalTo(2))
                .body("items[1].why.evidence.durableResponderShare", closeTo(1.0, 0.001))
                .body("items[2].why.evidence.reviews", equalTo(0))
                .body("items[2].why.evidence.settledReviews", equalTo(0))
                .body("items[2].why.evidence.durableResponderShare", nullValue())
                // No evidence is neutral (the platform's rate), never zero.
                .body("items[2].why.evidence.score", closeTo(0.4, 0.001))
                .body("items[2].why.relaxationEvidence", nullValue())
                // The spa's relaxation outcomes are its own line; its ranked evidence is the prior.
                .body("items[4].why.evidence.reviews", equalTo(0))
                .body("items[4].why.evidence.score", closeTo(0.4, 0.001))
                .body("items[4].why.relaxationEvidence.reviews", equalTo(12))
                .body("items[4].why.relaxationEvidence.settledReviews", equalTo(10))
                .body("items[4].why.relaxationEvidence.durableResponderShare", closeTo(0.0, 0.001));
    }

    @Test
    void eachResultSaysWhyItMatchedAndWhatElseToAssess() {
        search("condition", "upper-back-pain")
                .body("condition.alsoAssessSummary", startsWith("A thorough therapist will also assess your chest"))
                .body("items[1].why.condition", equalTo("upper-back-pain"))
                .body("items[1].why.alsoAssess", startsWith("A thorough therapist will also assess your chest"))
                .body("items[1].why.matchedTechniques", containsInAnyOrder(
                        "myofascial-release", "trigger-point", "neuromuscular", "iastm"))
                .body("items[1].why.distanceKm", closeTo(1.0, 0.05))
                .body("items[1].badges", contains("LICENSED"))
                .body("items[0].badges", contains("LICENSED", "MEDICAL_MASSAGE"))
                .body("items[4].why.matchedTechniques", contains("iastm"));
    }

    @Test
    void toolUseMeansTheToolsAreAllowedWhereTheyPractise() {
        search("condition", "upper-back-pain", "toolTechnique", "iastm")
                .body("items.displayName", contains("Glowing Two"));
        search("condition", "upper-back-pain", "technique", "iastm")
                .body("items.displayName", contains("Glowing Two", "Chain Spa"));
    }

    @Test
    void filtersNarrowTheResults() {
        search("condition", "upper-back-pain", "badge", "MEDICAL_MASSAGE").body("items.displayName", contains("Forty Good"));
        search("condition", "upper-back-pain", "maxPrice", "100").body("items", empty());
        search("condition", "upper-back-pain", "maxPrice", "140").body("items.displayName", hasItems("Forty Good"));
        search("condition", "upper-back-pain", "offeringKind", "FOLLOW_UP").body("items", empty());
        search("condition", "upper-back-pain", "sessionType", "MEDICAL").body("items.size()", equalTo(5));
        search("condition", "upper-back-pain", "sessionType", "relaxation").body("items", empty());
        search("condition", "low-back-pain").body("items", empty());
        search("region", "shoulder-blades").body("items.displayName", hasItems("Forty Good", "Chain Spa"));
        search("condition", "upper-back-pain", "language", "is").body("items.size()", equalTo(5));
        search("condition", "upper-back-pain", "language", "fr").body("items", empty());
    }

    @Test
    void theRadiusDecidesWhoIsNear() {
        search("condition", "upper-back-pain", "radiusKm", "50")
                .body("items.displayName", hasItems("Far Away"))
                .body("items.find { it.displayName == 'Far Away' }.distanceKm", closeTo(40.0, 0.5));
        search("condition", "upper-back-pain").body("items.displayName", org.hamcrest.Matchers.not(hasItems("Far Away")));
    }

    @Test
    void draftsAndUnlicensedListingsNeverAppear() {
        search("radiusKm", "5").body("items.displayName", org.hamcrest.Matchers.not(hasItems("Draft Only")));
    }

    @Test
    void pagesAreStableAndDoNotOverlap() {
        List<String> all = search("condition", "upper-back-pain").extract().path("items.listingId");
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            ValidatableResponse response = search("condition", "upper-back-pain", "size", "2", "page", String.valueOf(page));
            response.body("hasMore", equalTo(page < 2));
            paged.addAll(response.extract().path("items.listingId"));
        }
        assertThat(paged).containsExactlyElementsOf(all);
    }

    @Test
    @TestSecurity(user = "dana", roles = "client")
    void signedInClientsSearchTheSameWay() {
        search("condition", "upper-back-pain").body("items.size()", equalTo(5));
    }

    @Test
    void badQuestionsAre400WithEveryProblemNamed() {
        given().queryParam("condition", "broken-heart").queryParam("near", "somewhere")
                .queryParam("radiusKm", "0").queryParam("maxPrice", "-1").queryParam("badge", "GOLD")
                .queryParam("toolTechnique", "swedish").queryParam("size", "500").queryParam("sessionType", "SPA")
                .when().get("/api/v1/directory/search")
                .then().log().ifValidationFails()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("condition", "near", "radiusKm", "maxPrice", "badge",
                        "toolTechnique", "size", "sessionType"));
        given().queryParam("near", "91,0").when().get("/api/v1/directory/search")
                .then().statusCode(400).body("errors.field", contains("near"));
    }

    private ValidatableResponse search(String... params) {
        var request = given().config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)))
                .queryParam("near", HERE);
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return request.when().get("/api/v1/directory/search")
                .then().log().ifValidationFails()
                .statusCode(200);
    }

    private UUID visible(String name, Listing.PracticeSetting setting, double lat, double lon, List<String> techniques) {
        String owner = "therapist-" + UUID.randomUUID();
        UUID id = ListingTestData.publishedListing(listings, owner,
                ListingTestData.profileAt(name, setting, lat, lon, techniques, List.of("upper-back-pain")));
        CredentialTestData.verifiedLicence(credentials, owner);
        return id;
    }

    private String ownerOf(UUID listingId) {
        return listings.adminView(listingId).ownerSubject();
    }

    private void evidence(UUID therapist, int reviews, int settled, double share, double score) {
        evidenceStore.apply(UUID.randomUUID().toString(), new OutcomeSnapshot(therapist, List.of(
                new OutcomeSnapshot.ConditionOutcome("upper-back-pain", reviews, settled, share, -2.0, 0.4, score)), List.of(),
                Instant.now()));
    }
}
