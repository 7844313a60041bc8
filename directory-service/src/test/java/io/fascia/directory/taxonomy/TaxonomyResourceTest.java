package io.fascia.directory.taxonomy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.fascia.testing.PostgresAndKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class TaxonomyResourceTest {

    @Inject
    EntityManager em;

    @Test
    void anyoneCanReadTheWholeTaxonomy() {
        given().when().get("/api/v1/directory/taxonomy")
                .then().log().ifValidationFails()
                .statusCode(200)
                .header("Cache-Control", "max-age=3600")
                .body("techniques", hasSize(13))
                .body("conditions", hasSize(15))
                .body("techniques.findAll { it.usesTools }.code", containsInAnyOrder("iastm", "cupping"))
                .body("techniques.find { it.code == 'swedish' }.medical", equalTo(false))
                .body("regions.code", hasItems("chest", "shoulder-blades", "hip-flexors", "suboccipitals"))
                // Every region belongs to one of four areas, so an intake can group them.
                .body("regions.find { it.code == 'suboccipitals' }.area", equalTo("Head and neck"))
                .body("regions.find { it.code == 'hip-flexors' }.area", equalTo("Hips and legs"))
                .body("regions.area.unique()", containsInAnyOrder("Head and neck", "Shoulders and arms", "Back and trunk",
                        "Hips and legs"));
    }

    @Test
    @TestSecurity(user = "dana", roles = "client")
    void signedInUsersReadTheSameTaxonomy() {
        given().when().get("/api/v1/directory/taxonomy/techniques")
                .then().statusCode(200).body("$", hasSize(13));
    }

    @Test
    void upperBackPainExplainsWhatAThoroughTherapistAlsoAssesses() {
        given().when().get("/api/v1/directory/taxonomy/conditions/upper-back-pain")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("name", equalTo("Upper back pain"))
                .body("symptomRegions.code", containsInAnyOrder("upper-back", "shoulder-blades"))
                .body("alsoAssess.code", hasItems("chest", "shoulder-blades"))
                .body("alsoAssess.find { it.code == 'chest' }.reason", equalTo(
                        "Tight pectorals often overpower the muscles between the shoulder blades."))
                .body("alsoAssessSummary", equalTo("A thorough therapist will also assess your "
                        + "chest (pectorals), shoulder blades (rhomboids and scapular muscles) and neck."))
                .body("suitedTechniques.code", hasItems("myofascial-release", "trigger-point"));
    }

    @Test
    void lowBackPainPointsAtHipFlexorsGlutesAndCore() {
        given().when().get("/api/v1/directory/taxonomy/conditions/low-back-pain")
                .then().statusCode(200)
                .body("alsoAssess.code", containsInAnyOrder("hip-flexors", "glutes", "core"));
    }

    @Test
    void unknownConditionIs404Problem() {
        given().when().get("/api/v1/directory/taxonomy/conditions/broken-heart")
                .then().log().ifValidationFails()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("There is no condition with code 'broken-heart'."));
    }

    @Test
    void databaseRefusesALinkToAnUnknownCode() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "INSERT INTO condition_technique (condition_code, technique_code) VALUES ('neck-pain', 'reiki')")
                .executeUpdate()))
                .rootCause().hasMessageContaining("condition_technique_technique_code_fkey");
    }
}
