package io.fascia.directory.credential;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.fascia.directory.listing.ListingTestData;
import io.fascia.directory.practice.ListingService;
import io.fascia.directory.verification.CredentialService;
import io.fascia.testing.PostgresAndKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class CredentialLifecycleTest {

    private static final String MINE = "/api/v1/directory/listings/me/credentials";

    @Inject
    ListingService listings;

    @Inject
    CredentialService credentials;

    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "therapist-cred-submit", roles = "therapist")
    void therapistSubmitsALicenceRecognisedByItsContent() {
        ListingTestData.publishedListing(listings, "therapist-cred-submit");

        given().spec(multipart(licenceJson(), "licence.png", Documents.pdf(), "image/png"))
                .when().post(MINE)
                .then().log().ifValidationFails()
                .statusCode(201)
                .body("state", equalTo("SUBMITTED"))
                .body("current", equalTo(false))
                .body("document.contentType", equalTo("application/pdf"))
                .body("document.fileName", equalTo("licence.png"))
                .body("document.sha256", equalTo(sha256(Documents.pdf())));

        given().when().get(MINE).then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    @TestSecurity(user = "therapist-cred-bad", roles = "therapist")
    void badSubmissionsAreRefusedAndNothingIsWritten() {
        ListingTestData.publishedListing(listings, "therapist-cred-bad");

        given().spec(multipart(licenceJson(), "note.txt", Documents.text(), "application/pdf"))
                .when().post(MINE)
                .then().log().ifValidationFails()
                .statusCode(415).contentType("application/problem+json");
        given().spec(multipart(licenceJson(), "huge.pdf", huge(), "application/pdf"))
                .when().post(MINE)
                .then().log().ifValidationFails()
                .statusCode(413).contentType("application/problem+json");
        given().spec(multipart(Map.of("type", "LICENSE", "issuer", "Oregon Board", "number", "L-1",
                "issuedOn", LocalDate.now().minusYears(1).toString(),
                "expiresOn", LocalDate.now().minusYears(2).toString()), "l.pdf", Documents.pdf(), "application/pdf"))
                .when().post(MINE)
                .then().log().ifValidationFails()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("expiresOn", "jurisdiction"));
        given().spec(multipart(Map.of("type", "LICENSE", "issuer", "Oregon Board", "jurisdiction", "OR", "number", "L-2",
                "issuedOn", LocalDate.now().minusYears(3).toString(),
                "expiresOn", LocalDate.now().minusDays(1).toString()), "l.pdf", Documents.pdf(), "application/pdf"))
                .when().post(MINE)
                .then().log().ifValidationFails()
                .statusCode(400)
                .body("errors.field", contains("expiresOn"))
                .body("errors[0].message", containsString("already passed"));
        given().spec(multipart(Map.of("type", "LICENSE", "issuer", "Oregon Board", "number", ""), "l.pdf",
                Documents.pdf(), "application/pdf"))
                .when().post(MINE)
                .then().statusCode(400).body("errors.field", hasItems("number", "issuedOn"));
        given().contentType("multipart/form-data").multiPart("credential", licenceJson(), "application/json")
                .when().post(MINE)
                .then().statusCode(400).body("errors.field", contains("document"));

        given().when().get(MINE).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    @TestSecurity(user = "therapist-cred-doc", roles = "therapist")
    void theOwnerDownloadsTheirDocument() {
        ListingTestData.publishedListing(listings, "therapist-cred-doc");
        String id = given().spec(multipart(licenceJson(), "licence.pdf", Documents.pdf(), "application/pdf"))
                .post(MINE).then().statusCode(201).extract().path("id");

        byte[] downloaded = given().when().get("/api/v1/directory/credentials/" + id + "/document")
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"licence.pdf\"")
                .header("Cache-Control", "private, no-store")
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(Documents.pdf());
    }

    @Test
    @TestSecurity(user = "therapist-cred-snoop", roles = "therapist")
    void anotherTherapistCannotSeeTheDocument() {
        UUID someoneElses = submittedLicence("therapist-" + UUID.randomUUID());
        given().when().get("/api/v1/directory/credentials/" + someoneElses + "/document")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "client-cred", roles = "client")
    void clientsCannotSeeDocuments() {
        UUID id = submittedLicence("therapist-" + UUID.randomUUID());
        given().when().get("/api/v1/directory/credentials/" + id + "/document").then().statusCode(403);
        given().when().get(MINE).then().statusCode(403);
    }

    @Test
    void anonymousCallersCannotSeeDocumentsOrSubmit() {
        UUID id = submittedLicence("therapist-" + UUID.randomUUID());
        given().when().get("/api/v1/directory/credentials/" + id + "/document").then().statusCode(401);
        given().spec(multipart(licenceJson(), "licence.pdf", Documents.pdf(), "application/pdf"))
                .when().post(MINE).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "admin-ada", roles = "admin")
    void adminVerifiesFromTheQueueAndTheListingGoesLive() {
        String owner = "therapist-" + UUID.randomUUID();
        UUID listingId = ListingTestData.publishedListing(listings, owner);
        UUID licence = submittedLicence(owner);
        UUID medical = credentials.submit(owner, Documents.medicalMassageCertificate(),
                Documents.upload("mm.png", Documents.png())).id();

        given().queryParam("type", "LICENSE").queryParam("size", 200)
                .when().get("/api/v1/directory/admin/credentials")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("items.credential.id", hasItems(licence.toString()))
                .body("items.find { it.credential.id == '" + licence + "' }.ownerSubject", equalTo(owner));
        byte[] document = given().when().get("/api/v1/directory/credentials/" + licence + "/document")
                .then().statusCode(200).extract().asByteArray();
        assertThat(document).isEqualTo(Documents.pdf());

        given().get("/api/v1/directory/listings/" + listingId).then().statusCode(404);

        given().contentType(ContentType.JSON).body(Map.of("note", "Checked on the Oregon board's public register"))
                .when().post("/api/v1/directory/admin/credentials/" + licence + "/verify")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("state", equalTo("VERIFIED"))
                .body("current", equalTo(true));
        given().get("/api/v1/directory/listings/" + listingId)
                .then().statusCode(200)
                .body("badges", contains("LICENSED"));

        given().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/directory/admin/credentials/" + medical + "/verify")
                .then().statusCode(200);
        given().get("/api/v1/directory/listings/" + listingId)
                .then().statusCode(200)
                .body("badges", contains("LICENSED", "MEDICAL_MASSAGE"));

        given().contentType(ContentType.JSON).body(Map.of("reason", "Board suspended the licence"))
                .when().post("/api/v1/directory/admin/credentials/" + licence + "/revoke")
                .then().statusCode(200).body("state", equalTo("REVOKED"));
        given().get("/api/v1/directory/listings/" + listingId).then().statusCode(404);

        given().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/directory/admin/credentials/" + licence + "/verify")
                .then().statusCode(409).contentType("application/problem+json");

        given().queryParam("targetId", licence.toString())
                .when().get("/api/v1/directory/admin/audit")
                .then().statusCode(200)
                .body("items.action", contains("credential.revoked", "credential.verified"))
                .body("items[1].reason", equalTo("Checked on the Oregon board's public register"));
    }

    @Test
    @TestSecurity(user = "admin-ada", roles = "admin")
    void rejectionNeedsAReason() {
        UUID licence = submittedLicence("therapist-" + UUID.randomUUID());
        given().contentType(ContentType.JSON).body(Map.of("reason", ""))
                .when().post("/api/v1/directory/admin/credentials/" + licence + "/reject")
                .then().statusCode(400).body("errors.field", contains("reason"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "The number does not match the board's register"))
                .when().post("/api/v1/directory/admin/credentials/" + licence + "/reject")
                .then().statusCode(200)
                .body("state", equalTo("REJECTED"))
                .body("decisionReason", equalTo("The number does not match the board's register"));
    }

    @Test
    @TestSecurity(user = "admin-ada", roles = "admin")
    void anAdminReviewsACredentialWithItsListingAndTheListingsOtherCredentials() {
        ListingTestData.publishedListing(listings, "therapist-cred-review");
        UUID older = CredentialTestData.verifiedMedicalMassageCertificate(credentials, "therapist-cred-review");
        UUID licence = CredentialTestData.submittedLicence(credentials, "therapist-cred-review");

        given().when().get("/api/v1/directory/admin/credentials/" + licence)
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("credential.id", equalTo(licence.toString()))
                .body("credential.document.contentType", equalTo("application/pdf"))
                .body("listing.ownerSubject", equalTo("therapist-cred-review"))
                .body("listing.notVisibleBecause", hasItems(containsString("licence")))
                .body("otherCredentials.id", contains(older.toString()));
        given().when().get("/api/v1/directory/admin/credentials/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");

        given().queryParam("type", "license").when().get("/api/v1/directory/admin/credentials")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("counts.SUBMITTED", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("counts.keySet()", hasItems("SUBMITTED", "VERIFIED", "REJECTED", "REVOKED", "EXPIRED"))
                .body("oldestSubmittedAt", org.hamcrest.Matchers.notNullValue());
        given().queryParam("type", "diploma").when().get("/api/v1/directory/admin/credentials")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("type"));
    }

    @Test
    @TestSecurity(user = "admin-ada", roles = "admin")
    void theAdminConfirmsTheExpiryDateReadOnTheDocument() {
        ListingTestData.publishedListing(listings, "therapist-cred-expiry");
        UUID licence = CredentialTestData.submittedLicence(credentials, "therapist-cred-expiry");
        LocalDate onTheDocument = LocalDate.now().plusMonths(7);

        given().contentType(ContentType.JSON).body(Map.of("note", "Board register", "expiresOn", onTheDocument.toString()))
                .when().post("/api/v1/directory/admin/credentials/" + licence + "/verify")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("state", equalTo("VERIFIED"))
                .body("expiresOn", equalTo(onTheDocument.toString()));
        given().queryParam("targetId", licence.toString()).when().get("/api/v1/directory/admin/audit")
                .then().statusCode(200)
                .body("items[0].action", equalTo("credential.verified"))
                .body("items[0].reason", containsString("Expiry corrected from"))
                .body("items[0].reason", containsString("Board register"));

        UUID another = CredentialTestData.submittedLicence(credentials, "therapist-cred-expiry");
        given().contentType(ContentType.JSON).body(Map.of("expiresOn", LocalDate.now().minusDays(1).toString()))
                .when().post("/api/v1/directory/admin/credentials/" + another + "/verify")
                .then().statusCode(409).contentType("application/problem+json");
        given().when().get("/api/v1/directory/admin/credentials/" + another)
                .then().statusCode(200).body("credential.state", equalTo("SUBMITTED"))
                .body("credential.expiresOn", equalTo(Documents.licence().expiresOn().toString()));
    }

    @Test
    @TestSecurity(user = "therapist-cred-self", roles = "therapist")
    void therapistsCannotVerifyTheirOwnCredentials() {
        ListingTestData.publishedListing(listings, "therapist-cred-self");
        String id = given().spec(multipart(licenceJson(), "licence.pdf", Documents.pdf(), "application/pdf"))
                .post(MINE).then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/directory/admin/credentials/" + id + "/verify")
                .then().statusCode(403);
        given().when().get("/api/v1/directory/admin/credentials").then().statusCode(403);
    }

    @Test
    void anExpiredLicenceTakesTheListingDownEvenBeforeTheJobRuns() {
        String owner = "therapist-" + UUID.randomUUID();
        UUID listingId = ListingTestData.publishedListing(listings, owner);
        UUID licence = submittedLicence(owner);
        credentials.verify("admin-ada", licence, null, null);
        given().get("/api/v1/directory/listings/" + listingId).then().statusCode(200);

        // Time passes: the licence ran out yesterday.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE credential SET expires_on = current_date - 1 WHERE id = ?1").setParameter(1, licence).executeUpdate());
        given().get("/api/v1/directory/listings/" + listingId).then().statusCode(404);

        assertThat(credentials.expireDue()).isGreaterThanOrEqualTo(1);
        assertThat(credentials.ownedBy(owner)).singleElement()
                .satisfies(c -> assertThat(c.state()).isEqualTo(Credential.State.EXPIRED));
    }

    /**
     * Two replicas' expiry jobs at once: while replica A has expired a licence and not yet committed,
     * replica B's run skips it instead of waiting or expiring it again; the therapist is told once.
     */
    @Test
    void twoReplicasRunningTheExpiryJobAtOnceExpireAndTellEachCredentialOnce() throws Exception {
        String owner = "therapist-" + UUID.randomUUID();
        UUID licence = submittedLicence(owner);
        credentials.verify("admin-ada", licence, null, null);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE credential SET expires_on = current_date - 1 WHERE id = ?1").setParameter(1, licence).executeUpdate());

        CountDownLatch aHasExpired = new CountDownLatch(1);
        CountDownLatch bIsDone = new CountDownLatch(1);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = replicas.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                int expired = credentials.expireDue();
                aHasExpired.countDown();
                bIsDone.await(60, TimeUnit.SECONDS);
                return expired;
            }));
            assertThat(aHasExpired.await(60, TimeUnit.SECONDS)).as("replica A expired the licence").isTrue();
            Future<Integer> b = replicas.submit(() -> credentials.expireDue());
            // B finishes while A still holds its rows: it skipped them rather than waiting for them.
            b.get(30, TimeUnit.SECONDS);
            bIsDone.countDown();
            assertThat(a.get(60, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(1);
        } finally {
            replicas.shutdownNow();
        }
        Number told = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery("""
                SELECT count(*) FROM outbox_message WHERE event_type = ?1 AND payload ->> 'credentialId' = ?2""")
                .setParameter(1, CredentialEvent.EXPIRED).setParameter(2, licence.toString()).getSingleResult());
        assertThat(told.intValue()).as("expired events for the licence").isEqualTo(1);
        assertThat(credentials.ownedBy(owner)).singleElement()
                .satisfies(c -> assertThat(c.state()).isEqualTo(Credential.State.EXPIRED));
    }

    private UUID submittedLicence(String owner) {
        if (listings.findOwned(owner).isEmpty()) {
            ListingTestData.publishedListing(listings, owner);
        }
        return credentials.submit(owner, Documents.licence(), Documents.upload("licence.pdf", Documents.pdf())).id();
    }

    private static Map<String, Object> licenceJson() {
        return Map.of("type", "LICENSE", "issuer", "Oregon Board of Massage Therapists", "jurisdiction", "OR",
                "number", "LMT-12345", "issuedOn", LocalDate.now().minusYears(3).toString(),
                "expiresOn", LocalDate.now().plusYears(1).toString());
    }

    private static RequestSpecification multipart(Map<String, Object> credential, String fileName, byte[] content,
            String claimedType) {
        return given().contentType("multipart/form-data")
                .multiPart("credential", credential, "application/json")
                .multiPart("document", fileName, content, claimedType);
    }

    private static byte[] huge() {
        byte[] content = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(Documents.pdf(), 0, content, 0, Documents.pdf().length);
        return content;
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
