package io.fascia.review.security;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fascia.review.review.ReviewRequest;
import io.fascia.review.review.ReviewService;
import io.fascia.review.testing.ReviewFixtures;
import io.fascia.testing.AccessMatrix;
import io.fascia.testing.PostgresAndKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Every review-service route for anonymous, the session's client, another client, the session's
 * therapist, another therapist and an admin. Writes aim where the rightful caller meets a rule
 * (409) or a validation error (400), so fixtures stay as they are.
 */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class ReviewAuthorizationTest {

    private static final String API = "/api/v1/review";
    private static final String CLIENT = "client-review-authz";
    private static final UUID THERAPIST = UUID.randomUUID();
    private static UUID reviewed;
    private static UUID review;
    private static UUID checkIn;

    @Inject
    ReviewFixtures sessions;

    @Inject
    ReviewService reviews;


    @BeforeEach
    void aReviewedSession() {
        if (reviewed != null) {
            return;
        }
        sessions.therapist(THERAPIST, "therapist-review-authz");
        sessions.therapist(UUID.randomUUID(), "therapist-review-authz-other");
        reviewed = sessions.completed(THERAPIST, CLIENT, "neck-pain", 6, "MEDICAL");
        var view = reviews.review(CLIENT, reviewed, new ReviewRequest(3, 1, 6, true, true, true, null, true, "Helped a lot"));
        review = view.id();
        checkIn = view.checkIns().get(0).id();
    }

    private List<AccessMatrix.Route> routes() {
        Map<String, Object> answer = Map.of("painNow", 3, "pgic", 6, "stillDoingHomecare", true);
        return List.of(
                new AccessMatrix.Route("GET", API + "/sessions/reviewable", null, 401, 200, 200, 403, 403, 403),
                // A second review of the same session: 409 for its client, 404 for anyone else's client.
                new AccessMatrix.Route("POST", API + "/sessions/" + reviewed + "/review", Map.of("painAfter", 2, "sorenessDays", 0, "pgic", 6,
                        "assessedBeforeTreatment", true, "planDiscussed", true, "homecareAssigned", true, "wouldRecommend",
                        true), 401, 409, 404, 403, 403, 403),
                new AccessMatrix.Route("GET", API + "/reviews/mine", null, 401, 200, 200, 403, 403, 403),
                new AccessMatrix.Route("GET", API + "/check-ins/due", null, 401, 200, 200, 403, 403, 403),
                // Not due yet: 409 for its client.
                new AccessMatrix.Route("POST", API + "/check-ins/" + checkIn, answer, 401, 409, 404, 403, 403, 403),
                new AccessMatrix.Route("POST", API + "/reviews/" + review + "/reply", Map.of(), 401, 403, 403, 400, 400, 403),
                new AccessMatrix.Route("GET", API + "/therapists/" + THERAPIST + "/outcomes", null, 200, 200, 200, 200, 200, 200),
                new AccessMatrix.Route("GET", API + "/therapists/" + THERAPIST + "/reviews", null, 200, 200, 200, 200, 200, 200),
                new AccessMatrix.Route("GET", API + "/therapists/me/reviews", null, 401, 403, 403, 200, 200, 403),
                new AccessMatrix.Route("GET", API + "/admin/moderation", null, 401, 403, 403, 403, 403, 200),
                new AccessMatrix.Route("GET", API + "/admin/audit", null, 401, 403, 403, 403, 403, 200),
                new AccessMatrix.Route("POST", API + "/admin/moderation/comment/" + review + "/reject", Map.of(), 401, 403, 403, 403, 403, 400),
                new AccessMatrix.Route("POST", API + "/admin/moderation/reply/" + review + "/approve", null, 401, 403, 403, 403, 403, 404));
    }

    @Test
    void anonymous() {
        check(0);
    }

    @Test
    @TestSecurity(user = CLIENT, roles = "client")
    void theSessionsClient() {
        check(1);
    }

    @Test
    @TestSecurity(user = "client-review-authz-other", roles = "client")
    void anotherClient() {
        check(2);
    }

    @Test
    @TestSecurity(user = "therapist-review-authz", roles = "therapist")
    void theSessionsTherapist() {
        check(3);
    }

    @Test
    @TestSecurity(user = "therapist-review-authz-other", roles = "therapist")
    void anotherTherapist() {
        check(4);
    }

    @Test
    @TestSecurity(user = "admin-review-authz", roles = "admin")
    void anAdmin() {
        check(5);
    }

    /** Columns: anonymous, client, other client, therapist, other therapist, admin. */
    private void check(int caller) {
        AccessMatrix.check(routes(), caller);
    }
}
