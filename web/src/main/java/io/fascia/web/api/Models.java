package io.fascia.web.api;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The shapes of the gateway's public API that the pages read: the web app's own copy of the
 * contract (it shares no code with the services), tolerant of fields it does not know.
 */
public final class Models {

    private Models() {
    }

    /** Every paged answer of the API: the items, which page, its size, how many in all, and whether another follows. */
    public record Paged<T>(List<T> items, int page, int size, long total, boolean hasMore) {
    }

    // ---- directory

    public record Technique(String code, String name, String definition, boolean usesTools, boolean medical) {
    }

    public record Region(String code, String name, String area) {
    }

    public record AssessedRegion(String code, String name, String reason) {
    }

    public record Condition(String code, String name, String description, List<Region> symptomRegions,
            List<AssessedRegion> alsoAssess, String alsoAssessSummary, List<Technique> suitedTechniques) {
    }

    public record Taxonomy(List<Technique> techniques, List<Region> regions, List<Condition> conditions) {
    }

    /** {@code settledReviews} of the {@code reviews} are past their 4-week check-in; the share is over those. */
    public record Evidence(int reviews, int settledReviews, Double durableResponderShare, double score) {

        public int pendingReviews() {
            return reviews - settledReviews;
        }
    }

    /** Outcomes after the listing's relaxation sessions: shown apart, never ranked by. */
    public record RelaxationEvidence(int reviews, int settledReviews, Double durableResponderShare) {
    }

    public record Why(String condition, String region, List<String> matchedTechniques, Evidence evidence,
            RelaxationEvidence relaxationEvidence, Double distanceKm, String alsoAssess) {
    }

    public record SearchResult(UUID listingId, String displayName, String practiceSetting, String city, Double distanceKm,
            BigDecimal fromPrice, String currency, List<String> badges, double score, Why why, NextOpenings nextOpenings) {
    }

    /** When a therapist is next free, as search knows it: the soonest start and up to two more, in their zone. */
    public record NextOpenings(OffsetDateTime next, List<OffsetDateTime> starts, String timeZone) {
    }

    public record ConditionGuidance(String code, String name, String alsoAssessSummary, List<AssessedRegion> alsoAssess) {
    }

    public record SearchPage(List<SearchResult> items, int page, int size, boolean hasMore, ConditionGuidance condition) {
    }

    public record Address(String street, String city, String region, String postalCode, String country) {
    }

    public record ListingTechnique(String code, String name, boolean usesTools, Boolean toolsAllowed) {
    }

    public record ListingCondition(String code, String name) {
    }

    public record Offering(UUID id, String kind, String title, int minutes, BigDecimal price, String currency,
            String sessionType) {
    }

    public record Location(Double latitude, Double longitude) {
    }

    public record Listing(UUID id, String displayName, String bio, String practiceSetting, Address address,
            Location location, Integer serviceRadiusKm, String timeZone, List<String> languages, boolean acceptsReferrals,
            int cancellationWindowHours, List<ListingTechnique> techniques, List<ListingCondition> conditions,
            List<Offering> offerings, List<String> badges) {
    }

    /** The owner's view of their listing: the public one plus where it stands and why. */
    public record ManagedListing(UUID id, String status, String ownerStatus, String suspensionReason,
            boolean publiclyVisible, List<String> notVisibleBecause, Listing listing, String ownerSubject,
            Instant suspendedAt, Instant createdAt) {
    }

    public record OnboardingRequest(String displayName, String timeZone) {
    }

    public record TechniqueChoice(String code, Boolean toolsAllowed) {
    }

    /** The whole profile, replaced at once. */
    public record ProfileRequest(String displayName, String bio, String practiceSetting, Address address, Location location,
            Integer serviceRadiusKm, String timeZone, List<String> languages, boolean acceptsReferrals,
            Integer cancellationWindowHours, List<TechniqueChoice> techniques, List<String> conditions) {
    }

    public record OfferingRequest(String kind, String title, Integer minutes, BigDecimal price, String currency,
            String sessionType) {
    }

    public record CredentialDocument(String fileName, String contentType, int sizeBytes) {
    }

    public record Credential(UUID id, String type, String issuer, String jurisdiction, String number, String techniqueCode,
            LocalDate issuedOn, LocalDate expiresOn, String state, boolean current, String decisionReason,
            Instant decidedAt, Instant submittedAt, CredentialDocument document) {
    }

    public record CredentialRequest(String type, String issuer, String jurisdiction, String number, String techniqueCode,
            LocalDate issuedOn, LocalDate expiresOn) {
    }

    // ---- booking

    public record Window(LocalTime start, LocalTime end) {
    }

    public record WeeklyWindow(DayOfWeek day, LocalTime start, LocalTime end) {
    }

    /** Windows for one date that replace the weekly ones; none means the date is off. */
    public record DateHours(LocalDate date, List<Window> windows) {
    }

    public record Availability(List<WeeklyWindow> weekly, List<DateHours> overrides, Integer bufferMinutes,
            Integer minimumNoticeHours, Integer horizonDays, Integer slotStepMinutes) {
    }

    public record TherapistCancelRequest(String reason) {
    }

    public record PlanRequest(Findings findings, List<String> goals, Integer plannedSessions, Integer intervalDays,
            List<Exercise> homecare) {
    }

    public record Slots(UUID therapistId, UUID offeringId, String timeZone, int minutes, List<OffsetDateTime> starts) {
    }

    public record Intake(String condition, List<String> bodyRegions, Integer painNow, String goals,
            Boolean physicianReferral, Boolean consent) {
    }

    public record BookingRequest(UUID therapistId, UUID offeringId, OffsetDateTime start, Intake intake) {
    }

    public record Offered(String kind, String title, int minutes, BigDecimal price, String currency, String sessionType) {
    }

    /** @param freeUntil the last moment to cancel for free or move the session online */
    public record CancellationPolicy(int windowHours, String summary, OffsetDateTime freeUntil) {

        public boolean lateNow() {
            return freeUntil != null && OffsetDateTime.now().isAfter(freeUntil);
        }
    }

    public record Booking(UUID id, UUID therapistId, String therapistName, UUID offeringId, OffsetDateTime start,
            OffsetDateTime end, String status, String cancelledBy, Offered offering, CancellationPolicy cancellationPolicy,
            boolean intakeGiven, String timeZone, UUID seriesId) {
    }

    /** A plan's sessions booked at one time every few days: each an ordinary booking, and those that were not free. */
    public record Series(UUID id, UUID planId, UUID therapistId, UUID offeringId, String timeZone, int everyDays, int sessions,
            String ifTaken, List<Booking> booked, List<NotBooked> notBooked) {

        /** Whether a session is still ahead and confirmed, so that cancelling the rest would change something. */
        public boolean anyAhead() {
            OffsetDateTime now = OffsetDateTime.now();
            return booked.stream().anyMatch(b -> "CONFIRMED".equals(b.status()) && b.start().isAfter(now));
        }
    }

    public record NotBooked(int position, OffsetDateTime start, String reason) {
    }

    public record SeriesRequest(UUID offeringId, OffsetDateTime firstStart, Integer everyDays, Integer sessions,
            String ifTaken) {
    }

    public record IntakeView(UUID givenWithBookingId, String condition, List<String> bodyRegions, int painNow, String goals,
            boolean physicianReferral) {
    }

    public record BookingDetail(Booking booking, String clientSubject, String clientName, IntakeView intake, UUID planId) {
    }

    public record StatusChange(String status, String actor, String reason, Instant previousStart, Instant newStart,
            Instant at) {
    }

    public record CancelRequest(String reason) {
    }

    public record RescheduleRequest(OffsetDateTime start) {
    }

    public record IntakeNeed(boolean needed) {
    }

    public record Findings(List<String> painfulRegions, List<String> suspectedCauseRegions, String compensations) {
    }

    public record Exercise(String name, String instructions, String frequency, String bodyRegion) {
    }

    public record Plan(UUID planId, UUID therapistId, String therapistName, int version, int latestVersion,
            UUID basedOnBookingId, Findings findings, List<String> goals, int plannedSessions, int intervalDays,
            List<Exercise> homecare, String writtenBy, Instant writtenAt) {
    }

    public record ShareRequest(Integer expiresInDays) {
    }

    /** A link through which a client shares a summary of one treatment: OPEN, EXPIRED or REVOKED, and how often it was opened. */
    public record Share(UUID shareId, UUID planId, String status, Instant createdAt, Instant expiresAt, Instant revokedAt,
            int views, Instant lastViewedAt) {

        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    public record ShareCreated(Share share, String token, ProgressSummary summary) {
    }

    public record ShareDetail(Share share, ProgressSummary summary) {
    }

    public record SharedSummary(ProgressSummary summary, Instant expiresAt) {
    }

    public record SummaryTherapist(String displayName, List<String> credentials, String timeZone) {
    }

    /** One pain score of a shared summary: before or after a session, or a check-in. */
    public record SummaryPain(String measure, int pain, Instant at, String dueAfter) {
    }

    /** A read-only summary of one treatment, frozen when its client shared it. */
    public record ProgressSummary(String clientName, String condition, SummaryTherapist therapist, List<String> goals,
            int plannedSessions, int intervalDays, List<Exercise> homecare, Instant planWrittenAt, int sessionsAttended,
            List<Instant> attendedSessions, List<SummaryPain> pain, Instant preparedAt) {
    }

    // ---- review

    /**
     * The durable share is over the {@code settledReviewCount} reviews whose 4-week check-in has
     * closed; the others are still within their four weeks and count for neither side.
     */
    public record ConditionOutcome(String condition, String sessionType, int reviewCount, int settledReviewCount,
            Double meanPainChangeAfterSession, Double meanPainChangeAt4Weeks, double durableResponderShare,
            Double followUpResponseRate, double shrunkScore, double platformDurableResponderShare, PainCurve painCurve) {

        /** The durable share, or null while no review is past its 4-week check-in. */
        public Double settledShare() {
            return settledReviewCount == 0 ? null : durableResponderShare;
        }

        public int pendingReviews() {
            return reviewCount - settledReviewCount;
        }

        /** Medical and relaxation sessions' outcomes are never mixed; each says which it is. */
        public String sessionTypeLabel() {
            return "RELAXATION".equals(sessionType) ? "relaxation sessions" : "medical sessions";
        }
    }

    /** Mean pain 0-10 at intake, right after, one week and four weeks (the last two over answered follow-ups). */
    public record PainCurve(double baseline, double afterSession, Double at1Week, int answeredAt1Week, Double at4Weeks,
            int answeredAt4Weeks) {
    }

    public record Outcomes(UUID therapistId, List<ConditionOutcome> conditions) {
    }

    public record PublicReview(UUID id, String author, String condition, String sessionType, int baselinePain,
            int painAfter, Integer painAt4Weeks, int sorenessDays, int pgic, boolean assessedBeforeTreatment,
            boolean planDiscussed, boolean homecareAssigned, boolean wouldRecommend, String comment, String reply,
            YearMonth month, MyReply myReply) {
    }

    /** The therapist's own reply as only they see it, with its moderation state; absent on public reads. */
    public record MyReply(String text, String status, String moderationReason) {
    }

    public record Reviewable(UUID bookingId, UUID therapistId, String therapistName, String condition, String sessionType,
            int baselinePain, Instant completedAt, Instant reviewableUntil) {
    }

    public record ConditionMeasure(String kind, String activity, Integer value) {
    }

    public record ReviewRequest(Integer painAfter, Integer sorenessDays, Integer pgic, Boolean assessedBeforeTreatment,
            Boolean planDiscussed, Boolean homecareAssigned, ConditionMeasure conditionMeasure, Boolean wouldRecommend,
            String comment) {
    }

    /** One pain score of a client's course with a therapist: before or after a session, or a check-in. */
    public record PainPoint(UUID bookingId, String measure, int pain, Instant at, String dueAfter) {
    }

    public record PainTrend(String clientSubject, List<PainPoint> points) {
    }

    public record ReplyRequest(String text) {
    }

    public record Reply(UUID reviewId, String text, String status, List<String> flags) {
    }

    public record CheckInDue(UUID id, UUID reviewId, UUID bookingId, UUID therapistId, String therapistName,
            String condition, int baselinePain, int ordinal, String dueAfter, Instant dueAt, Instant closesAt) {
    }

    public record CheckInAnswer(Integer painNow, Integer pgic, Boolean stillDoingHomecare) {
    }

    public record CheckIn(UUID id, int ordinal, String dueAfter, Instant dueAt, Instant closesAt, String status,
            Integer painNow, Integer pgic, Boolean stillDoingHomecare) {
    }

    public record MyReview(UUID id, UUID bookingId, UUID therapistId, String condition, int baselinePain, int painAfter,
            int pgic, boolean wouldRecommend, String comment, String commentStatus, List<CheckIn> checkIns,
            Instant createdAt) {
    }

    // ---- admin

    /** One credential in the verification queue, with whose it is. */
    public record QueuedCredential(Credential credential, String listingDisplayName, String ownerSubject) {
    }

    public record CredentialQueue(List<QueuedCredential> items, int page, int size, long total, boolean hasMore,
            Map<String, Long> counts, Instant oldestSubmittedAt) {
    }

    public record CredentialReview(Credential credential, ManagedListing listing, List<Credential> otherCredentials) {
    }

    public record VerifyRequest(String note, LocalDate expiresOn) {
    }

    public record ReasonRequest(String reason) {
    }

    /** A rejection's reason, as the moderation endpoint takes it. */
    public record ModerationReason(String text) {
    }

    public record Mark(String flag, int start, int end) {
    }

    public record PendingText(String kind, UUID reviewId, UUID therapistId, String condition, String text,
            List<String> flags, List<Mark> marks, Instant submittedAt) {
    }

    public record AuditEntry(UUID id, String actor, String actorName, String action, String targetType, UUID targetId,
            String reason, Instant at) {
    }

    /** Which optional messages a person gets (notification-service); confirmations and cancellations always go. */
    public record MessagePreferences(Boolean reminders, Boolean prompts, String timeZone) {
    }

    /** What an unsubscribe link stops (REMINDERS or PROMPTS), and whether it is still on. */
    public record Subscription(String topic, boolean subscribed) {
    }
}
