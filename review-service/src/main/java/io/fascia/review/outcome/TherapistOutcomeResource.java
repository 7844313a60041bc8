package io.fascia.review.outcome;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.web.Page;
import io.fascia.platform.web.QueryParams;
import io.fascia.review.review.ReviewReads;
import io.fascia.review.therapist.Therapists;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;

/** A therapist's outcomes and reviews: public and pseudonymous; a therapist's own list too. */
@Tag(name = "Outcomes", description = "What a therapist's clients reported, per condition: the evidence search ranks by.")
@Path("/api/v1/review/therapists")
@Produces(MediaType.APPLICATION_JSON)
public class TherapistOutcomeResource {

    @Inject
    Outcomes outcomes;

    @Inject
    ReviewReads reads;

    @Inject
    Therapists therapists;

    @Inject
    SecurityIdentity identity;

    /** The most conditions an answer lists: those with the most reviews. */
    public static final int CONDITIONS_MAX = 200;

    public record TherapistOutcomes(UUID therapistId, @Size(max = CONDITIONS_MAX) List<OutcomeSnapshot.ConditionOutcome> conditions) {
    }

    @Operation(summary = "A therapist's outcomes",
            description = "Per condition: how many reviews, the typical drop in pain, the share whose relief lasted four weeks, "
            + "and the response rate of check-ins.")
    @GET
    @Path("/{id}/outcomes")
    @PermitAll
    public TherapistOutcomes outcomes(@PathParam("id") UUID therapist) {
        List<OutcomeSnapshot.ConditionOutcome> all = outcomes.of(therapist);
        return new TherapistOutcomes(therapist, all.subList(0, Math.min(all.size(), CONDITIONS_MAX)));
    }

    @Operation(summary = "A therapist's public reviews", description = "Approved comments and replies, newest first.")
    @GET
    @Path("/{id}/reviews")
    @PermitAll
    public Page<ReviewReads.PublicReview> reviews(@PathParam("id") UUID therapist, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        QueryParams.PageRequest paging = params.page(page, size);
        params.check();
        return reads.publicOf(therapist, paging.page(), paging.size());
    }

    /**
     * The signed-in therapist's reviews as the public sees them, each with the therapist's own
     * reply and its moderation state ({@code myReply}), so they know a reply is waiting or why it
     * was rejected.
     */
    @Operation(summary = "Reviews of my sessions",
            description = "The signed-in therapist's reviews as the public sees them, each with their own reply and its "
            + "moderation state.")
    @GET
    @Path("/me/reviews")
    @RolesAllowed("therapist")
    public Page<ReviewReads.OwnedReview> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        UUID therapist = QuarkusTransaction.requiringNew().call(() -> therapists.ownedBy(identity.getPrincipal().getName()))
                .orElseThrow(() -> ProblemException.notFound("Reviews do not know your listing yet."));
        Page<ReviewReads.PublicReview> reviews = reviews(therapist, page, size);
        var replies = reads.repliesTo(reviews.items().stream().map(ReviewReads.PublicReview::id).toList());
        return new Page<>(reviews.items().stream().map(r -> new ReviewReads.OwnedReview(r, replies.get(r.id()))).toList(),
                reviews.page(), reviews.size(), reviews.total());
    }
}
