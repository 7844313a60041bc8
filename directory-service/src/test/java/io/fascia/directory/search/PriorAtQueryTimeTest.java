package io.fascia.directory.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.fascia.directory.credential.CredentialTestData;
import io.fascia.directory.listing.Listing;
import io.fascia.directory.listing.ListingTestData;
import io.fascia.directory.outcome.OutcomeEvidenceStore;
import io.fascia.directory.outcome.OutcomeSnapshot;
import io.fascia.directory.practice.ListingService;
import io.fascia.directory.verification.CredentialService;
import io.fascia.testing.PostgresAndKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;

/**
 * A condition's platform prior moves with nearly every review. Listings without reviews of the
 * condition rank by it as soon as it moves, near a place and nationwide, and yet no rank row of
 * theirs is rewritten: search applies it as it reads. Plantar fasciitis in Longyearbyen, which no
 * other test searches.
 */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class PriorAtQueryTimeTest {

    private static final String CONDITION = "plantar-fasciitis";
    private static final double LAT = 78.2232;
    private static final double LON = 15.6267;
    private static final List<String> TECHNIQUES = List.of("myofascial-release", "trigger-point");

    @Inject
    ListingService listings;

    @Inject
    CredentialService credentials;

    @Inject
    OutcomeEvidenceStore evidenceStore;

    @Inject
    EntityManager em;

    @Test
    void unreviewedListingsFollowTheMovingPriorWithoutTheirRanksBeingRewritten() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        UUID reviewed = visible("Reviewed " + suffix, LAT + 0.01);
        UUID unreviewed = visible("Unreviewed " + suffix, LAT + 0.02);
        UUID priorSetter = visible("Prior Setter " + suffix, LAT + 0.03);

        // The platform's share is 0.3: one review-backed score of 0.5 beats the prior.
        snapshot(reviewed, 20, 0.5, 0.3);
        snapshot(priorSetter, 20, 0.1, 0.3);
        near().body("items.displayName", contains("Reviewed " + suffix, "Unreviewed " + suffix, "Prior Setter " + suffix))
                .body("items[1].why.evidence.score", closeTo(0.3, 0.0001));
        assertThat(nationwide(suffix)).containsExactly("Reviewed " + suffix, "Unreviewed " + suffix, "Prior Setter " + suffix);
        Map<UUID, Long> versions = rankRowVersions();

        // Another review moves the platform's share to 0.8: the listing without reviews now leads.
        snapshot(priorSetter, 21, 0.12, 0.8);
        near().body("items.displayName", contains("Unreviewed " + suffix, "Reviewed " + suffix, "Prior Setter " + suffix))
                .body("items[0].why.evidence.score", closeTo(0.8, 0.0001))
                .body("items[0].why.evidence.reviews", equalTo(0));
        assertThat(nationwide(suffix)).containsExactly("Unreviewed " + suffix, "Reviewed " + suffix, "Prior Setter " + suffix);

        Map<UUID, Long> after = rankRowVersions();
        assertThat(after.get(unreviewed)).as("the unreviewed listing's rank row is untouched")
                .isEqualTo(versions.get(unreviewed));
        assertThat(after.get(reviewed)).as("so is the reviewed listing's whose snapshot did not change")
                .isEqualTo(versions.get(reviewed));
    }

    @Test
    void pagesOfANationwideSearchMergeReviewedAndUnreviewedListingsInOrder() {
        // Reviewed listings above and below any prior, with unreviewed ones between them.
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        snapshot(visible("Best " + suffix, LAT - 0.01), 30, 0.95, 0.5);
        visible("Plain One " + suffix, LAT - 0.02);
        visible("Plain Two " + suffix, LAT - 0.03);
        snapshot(visible("Worst " + suffix, LAT - 0.04), 30, 0.05, 0.5);
        assertThat(nationwide(suffix)).startsWith("Best " + suffix).endsWith("Worst " + suffix).hasSize(4);

        ValidatableResponse all = given().config(doubles()).queryParam("condition", CONDITION).queryParam("size", "50")
                .when().get("/api/v1/directory/search").then().statusCode(200);
        List<String> ids = all.extract().jsonPath().getList("items.listingId", String.class);
        List<Double> scores = all.extract().jsonPath().getList("items.score", Double.class);
        for (int i = 1; i < scores.size(); i++) {
            assertThat(scores.get(i)).as("score %d", i).isLessThanOrEqualTo(scores.get(i - 1));
        }
        for (int page = 0; page < ids.size(); page++) {
            List<String> one = given().queryParam("condition", CONDITION).queryParam("size", "1")
                    .queryParam("page", String.valueOf(page)).when().get("/api/v1/directory/search")
                    .then().statusCode(200).extract().jsonPath().getList("items.listingId", String.class);
            assertThat(one).as("page %d of one", page).containsExactly(ids.get(page));
        }
    }

    private UUID visible(String name, double latitude) {
        String owner = "therapist-" + UUID.randomUUID();
        UUID id = ListingTestData.publishedListing(listings, owner, ListingTestData.profileAt(name,
                Listing.PracticeSetting.INDEPENDENT, latitude, LON, TECHNIQUES, List.of(CONDITION)));
        CredentialTestData.verifiedLicence(credentials, owner);
        return id;
    }

    private void snapshot(UUID therapist, int reviews, double score, double platformShare) {
        evidenceStore.apply(UUID.randomUUID().toString(), new OutcomeSnapshot(therapist, List.of(
                new OutcomeSnapshot.ConditionOutcome(CONDITION, reviews, reviews, score, -2.0, platformShare, score)), List.of(),
                Instant.now()));
    }

    private static RestAssuredConfig doubles() {
        return RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    private ValidatableResponse near() {
        return given().config(doubles())
                .queryParam("condition", CONDITION).queryParam("near", LAT + "," + LON).queryParam("radiusKm", "10")
                .when().get("/api/v1/directory/search").then().log().ifValidationFails().statusCode(200);
    }

    /** This test's listings in the order a search without a location gives them. */
    private static List<String> nationwide(String suffix) {
        return given().queryParam("condition", CONDITION).queryParam("size", "50").when().get("/api/v1/directory/search")
                .then().statusCode(200).extract().jsonPath().getList("items.displayName", String.class).stream()
                .filter(n -> n.endsWith(suffix)).toList();
    }

    /** Each plantar fasciitis rank row's version (its creating transaction, which an UPDATE changes). */
    private Map<UUID, Long> rankRowVersions() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                    "SELECT listing_id, xmin::text::bigint FROM search_condition_rank WHERE condition_code = ?1")
                    .setParameter(1, CONDITION).getResultList();
            Map<UUID, Long> versions = new HashMap<>();
            rows.forEach(r -> versions.put((UUID) r[0], ((Number) r[1]).longValue()));
            return versions;
        });
    }
}
