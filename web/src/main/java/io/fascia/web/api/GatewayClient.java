package io.fascia.web.api;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.fascia.web.api.Models.*;

/**
 * The gateway's public API as the pages use it. Pages call it through {@link Api}, which and owns
 * what happens when the gateway fails. The signed-in user's access token goes along
 * ({@link SessionToken}); the gateway and the services decide what the user may see.
 */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(SessionToken.class)
@RegisterProvider(ProblemResponses.class)
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/v1")
public interface GatewayClient {

    @GET
    @Path("/directory/taxonomy")
    Taxonomy taxonomy();

    @GET
    @Path("/directory/search")
    SearchPage search(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/directory/listings/{id}")
    Listing listing(@PathParam("id") UUID id);

    @GET
    @Path("/booking/therapists/{id}/slots")
    Slots slots(@PathParam("id") UUID therapist, @QueryParam("offeringId") UUID offering, @QueryParam("from") String from,
            @QueryParam("to") String to);

    @GET
    @Path("/booking/intake/needed")
    IntakeNeed intakeNeeded(@QueryParam("therapistId") UUID therapist);

    @POST
    @Path("/booking/bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    Booking book(@HeaderParam("Idempotency-Key") String idempotencyKey, BookingRequest request);

    @GET
    @Path("/booking/bookings/mine")
    Paged<Booking> myBookings(@QueryParam("when") String when, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/booking/bookings/{id}")
    BookingDetail booking(@PathParam("id") UUID id);

    @GET
    @Path("/booking/bookings/{id}/history")
    List<StatusChange> history(@PathParam("id") UUID id);

    @POST
    @Path("/booking/bookings/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    Booking cancel(@PathParam("id") UUID id, CancelRequest request);

    @POST
    @Path("/booking/bookings/{id}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    Booking reschedule(@PathParam("id") UUID id, RescheduleRequest request);

    @GET
    @Path("/booking/plans/mine")
    List<Plan> myPlans();

    @POST
    @Path("/booking/plans/{id}/series")
    @Consumes(MediaType.APPLICATION_JSON)
    Series bookSeries(@HeaderParam("Idempotency-Key") String idempotencyKey, @PathParam("id") UUID plan, SeriesRequest request);

    @GET
    @Path("/booking/series/{id}")
    Series series(@PathParam("id") UUID id);

    @POST
    @Path("/booking/series/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    Series cancelSeries(@PathParam("id") UUID id, CancelRequest request);

    @POST
    @Path("/booking/plans/{id}/shares")
    @Consumes(MediaType.APPLICATION_JSON)
    ShareCreated shareProgress(@PathParam("id") UUID plan, ShareRequest request);

    @GET
    @Path("/booking/plans/{id}/shares")
    List<Share> progressShares(@PathParam("id") UUID plan);

    @GET
    @Path("/booking/shares/{id}")
    ShareDetail progressShare(@PathParam("id") UUID id);

    @POST
    @Path("/booking/shares/{id}/revoke")
    Share revokeProgressShare(@PathParam("id") UUID id);

    @GET
    @Path("/booking/shared/{token}")
    SharedSummary sharedSummary(@PathParam("token") String token);

    @GET
    @Path("/review/therapists/{id}/outcomes")
    Outcomes outcomes(@PathParam("id") UUID therapist);

    @GET
    @Path("/review/therapists/{id}/reviews")
    Paged<PublicReview> reviews(@PathParam("id") UUID therapist, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/review/sessions/reviewable")
    List<Reviewable> reviewable();

    @POST
    @Path("/review/sessions/{bookingId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    MyReview review(@PathParam("bookingId") UUID booking, ReviewRequest request);

    @GET
    @Path("/review/reviews/mine")
    Paged<MyReview> myReviews(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/review/check-ins/due")
    List<CheckInDue> checkInsDue();

    @POST
    @Path("/review/check-ins/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    void answerCheckIn(@PathParam("id") UUID id, CheckInAnswer answer);

    // ---- the therapist's own practice

    @POST
    @Path("/directory/onboarding")
    @Consumes(MediaType.APPLICATION_JSON)
    ManagedListing onboard(OnboardingRequest request);

    @GET
    @Path("/directory/listings/me")
    ManagedListing ownListing();

    @PUT
    @Path("/directory/listings/me")
    @Consumes(MediaType.APPLICATION_JSON)
    ManagedListing saveProfile(ProfileRequest request);

    @POST
    @Path("/directory/listings/me/offerings")
    @Consumes(MediaType.APPLICATION_JSON)
    Offering addOffering(OfferingRequest request);

    @DELETE
    @Path("/directory/listings/me/offerings/{id}")
    void removeOffering(@PathParam("id") UUID offering);

    @POST
    @Path("/directory/listings/me/publish")
    ManagedListing publish();

    @POST
    @Path("/directory/listings/me/unpublish")
    ManagedListing unpublish();

    @GET
    @Path("/directory/listings/me/credentials")
    List<Credential> ownCredentials();

    /** The document goes on as it came: its file name and declared type are the service's to check. */
    @POST
    @Path("/directory/listings/me/credentials")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    Credential submitCredential(@RestForm("credential") @PartType(MediaType.APPLICATION_JSON) CredentialRequest credential,
            @RestForm("document") FileUpload document);

    @GET
    @Path("/booking/availability/me")
    Availability ownAvailability();

    @PUT
    @Path("/booking/availability/me")
    @Consumes(MediaType.APPLICATION_JSON)
    Availability replaceAvailability(Availability availability);

    @GET
    @Path("/booking/availability/me/preview")
    Slots previewSlots(@QueryParam("offeringId") UUID offering, @QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/booking/schedule/me")
    Paged<BookingDetail> schedule(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/booking/schedule/bookings/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    Booking cancelAsTherapist(@PathParam("id") UUID id, TherapistCancelRequest request);

    @POST
    @Path("/booking/schedule/bookings/{id}/complete")
    Booking complete(@PathParam("id") UUID id);

    @POST
    @Path("/booking/schedule/bookings/{id}/no-show")
    Booking noShow(@PathParam("id") UUID id);

    @PUT
    @Path("/booking/schedule/bookings/{id}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    Plan writePlan(@PathParam("id") UUID booking, PlanRequest plan);

    @GET
    @Path("/booking/plans/{id}")
    Plan plan(@PathParam("id") UUID plan);

    @GET
    @Path("/booking/plans/{id}/versions")
    List<Plan> planVersions(@PathParam("id") UUID plan);

    @GET
    @Path("/review/therapists/me/reviews")
    Paged<PublicReview> reviewsOfMine(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/review/therapists/me/clients/{client}/pain-trend")
    PainTrend painTrend(@PathParam("client") String clientSubject);

    @POST
    @Path("/review/reviews/{id}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    Reply reply(@PathParam("id") UUID review, ReplyRequest reply);

    // ---- admin (the gateway lets admins only; the services check again)

    @GET
    @Path("/directory/admin/credentials")
    CredentialQueue credentialQueue(@QueryParam("state") String state, @QueryParam("type") String type,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/directory/admin/credentials/{id}")
    CredentialReview credentialReview(@PathParam("id") UUID credential);

    @POST
    @Path("/directory/admin/credentials/{id}/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    Credential verifyCredential(@PathParam("id") UUID credential, VerifyRequest request);

    @POST
    @Path("/directory/admin/credentials/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    Credential rejectCredential(@PathParam("id") UUID credential, ReasonRequest request);

    @POST
    @Path("/directory/admin/credentials/{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    Credential revokeCredential(@PathParam("id") UUID credential, ReasonRequest request);

    /** The document as stored, for its owner or an admin; anyone else gets 404 from the directory. */
    @GET
    @Path("/directory/credentials/{id}/document")
    @Produces(MediaType.WILDCARD)
    jakarta.ws.rs.core.Response credentialDocument(@PathParam("id") UUID credential);

    @GET
    @Path("/directory/admin/listings")
    Paged<ManagedListing> findListings(@QueryParam("q") String text, @QueryParam("suspended") String suspended,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/directory/admin/listings/{id}")
    ManagedListing adminListing(@PathParam("id") UUID listing);

    @POST
    @Path("/directory/admin/listings/{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    ManagedListing suspendListing(@PathParam("id") UUID listing, ReasonRequest request);

    @POST
    @Path("/directory/admin/listings/{id}/reinstate")
    @Consumes(MediaType.APPLICATION_JSON)
    ManagedListing reinstateListing(@PathParam("id") UUID listing, ReasonRequest request);

    @GET
    @Path("/review/admin/moderation")
    Paged<PendingText> moderationQueue(@QueryParam("kind") String kind, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @POST
    @Path("/review/admin/moderation/{kind}/{review}/approve")
    void approveText(@PathParam("kind") String kind, @PathParam("review") UUID review);

    @POST
    @Path("/review/admin/moderation/{kind}/{review}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    void rejectText(@PathParam("kind") String kind, @PathParam("review") UUID review, ModerationReason reason);

    @GET
    @Path("/directory/admin/audit")
    Paged<AuditEntry> directoryAudit(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/review/admin/audit")
    Paged<AuditEntry> reviewAudit(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/notifications/preferences/me")
    MessagePreferences messagePreferences();

    @PUT
    @Path("/notifications/preferences/me")
    @Consumes(MediaType.APPLICATION_JSON)
    MessagePreferences changeMessagePreferences(MessagePreferences wanted);

    @GET
    @Path("/notifications/unsubscribe/{token}")
    Subscription subscription(@PathParam("token") String token);

    @POST
    @Path("/notifications/unsubscribe/{token}")
    Subscription unsubscribe(@PathParam("token") String token);
}
