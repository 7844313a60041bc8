package io.fascia.booking.progress;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fascia.booking.booking.Caller;
import io.fascia.booking.plan.TreatmentPlan;
import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.sql.NativeSql;

/**
 * The links through which a client shares a summary of one treatment with their doctor. Only the
 * plan's client makes, lists and revokes them; anyone holding an open link reads its summary, and
 * each reading is counted for the client.
 */
@ApplicationScoped
public class ProgressShares {

    /** The most open links one plan may have at once, and the most one answer lists (the newest). */
    public static final int OPEN_LINKS_MAX = 20;
    public static final int LISTED = 100;

    /** @param expiresInDays how long the link opens the summary; 30 days when left out */
    public record ShareRequest(@Min(1) @Max(ProgressShare.LIFETIME_DAYS_MAX) Integer expiresInDays) {

        Duration lifetime() {
            return expiresInDays == null ? ProgressShare.DEFAULT_LIFETIME : Duration.ofDays(expiresInDays);
        }
    }

    /** One link with the summary it opens, for its client to check what they shared. */
    public record ShareDetail(ShareView share, ProgressSummary summary) {
    }

    @Inject
    EntityManager em;

    @Inject
    ProgressSummaries summaries;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Transactional
    public ShareCreated create(Caller caller, UUID planId, ShareRequest request) {
        // The plan's row lock lets one request at a time count the open links.
        TreatmentPlan plan = ownPlan(caller, planId, LockModeType.PESSIMISTIC_WRITE);
        // What the database keeps (microseconds), so the answer says exactly what a later read will.
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        long open = em.createQuery("""
                select count(s) from ProgressShare s where s.planId = ?1 and s.revokedAt is null and s.expiresAt > ?2""",
                Long.class).setParameter(1, planId).setParameter(2, now).getSingleResult();
        if (open >= OPEN_LINKS_MAX) {
            throw ProblemException.conflict("This plan has " + open + " open links, the most it may have. Revoke one first.");
        }
        ProgressSummary summary = summaries.of(caller, plan, now);
        ShareToken token = ShareToken.random();
        ProgressShare share = new ProgressShare(planId, caller.subject(), token, write(summary), now, request.lifetime());
        em.persist(share);
        em.flush();
        return new ShareCreated(share.view(now), token.value(), summary);
    }

    /** The plan's links, newest first. */
    @Transactional
    public List<ShareView> ofPlan(Caller caller, UUID planId) {
        ownPlan(caller, planId, LockModeType.NONE);
        Instant now = Instant.now(clock);
        return em.createQuery("from ProgressShare where planId = ?1 order by createdAt desc, id", ProgressShare.class)
                .setParameter(1, planId).setMaxResults(LISTED).getResultStream().map(s -> s.view(now)).toList();
    }

    @Transactional
    public ShareDetail find(Caller caller, UUID shareId) {
        ProgressShare share = own(caller, shareId, LockModeType.NONE);
        return new ShareDetail(share.view(Instant.now(clock)), read(share.summary()));
    }

    /** Closes the link for good; revoking a closed link again is harmless. */
    @Transactional
    public ShareView revoke(Caller caller, UUID shareId) {
        ProgressShare share = own(caller, shareId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now(clock);
        share.revoke(now);
        em.flush();
        return share.view(now);
    }

    /**
     * What an open link shows, counting the opening in the same statement. A link that never was is
     * 404; one that expired or was revoked is 410, so the doctor knows to ask for a new one.
     */
    @Transactional
    public SharedSummary open(String link) {
        ShareToken token = ShareToken.parse(link).orElseThrow(ProgressShares::noSuchLink);
        Instant now = Instant.now(clock);
        List<Tuple> opened = em.createNativeQuery("""
                UPDATE progress_share SET views = views + 1, last_viewed_at = ?2
                WHERE token_sha256 = ?1 AND revoked_at IS NULL AND expires_at > ?2
                RETURNING summary::text AS summary, expires_at""", Tuple.class)
                .setParameter(1, token.sha256()).setParameter(2, Timestamp.from(now)).getResultList();
        if (!opened.isEmpty()) {
            Tuple row = opened.get(0);
            return new SharedSummary(read(row.get("summary", String.class)), NativeSql.instant(row.get("expires_at")));
        }
        ProgressShare closed = em.createQuery("from ProgressShare where tokenSha256 = ?1", ProgressShare.class)
                .setParameter(1, token.sha256()).getResultStream().findFirst().orElseThrow(ProgressShares::noSuchLink);
        throw ProblemException.gone(closed.status(now) == ProgressShare.Status.REVOKED
                ? "The person who shared this summary has withdrawn the link. Ask them for a new one."
                : "This link expired on " + closed.expiresAt() + ". Ask the person who shared it for a new one.");
    }

    private static ProblemException noSuchLink() {
        return ProblemException.notFound("There is no progress summary at this link.");
    }

    /** The caller's own plan: only its client shares it; to anyone else it does not exist. */
    private TreatmentPlan ownPlan(Caller caller, UUID planId, LockModeType lock) {
        return Optional.ofNullable(em.find(TreatmentPlan.class, planId, lock))
                .filter(p -> caller.client() && p.clientSubject().equals(caller.subject()))
                .orElseThrow(() -> ProblemException.notFound("You have no treatment plan " + planId + "."));
    }

    private ProgressShare own(Caller caller, UUID shareId, LockModeType lock) {
        return Optional.ofNullable(em.find(ProgressShare.class, shareId, lock))
                .filter(s -> caller.client() && s.sharedBy(caller.subject()))
                .orElseThrow(() -> ProblemException.notFound("You have no shared summary " + shareId + "."));
    }

    private String write(ProgressSummary summary) {
        try {
            return json.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a progress summary as JSON", e);
        }
    }

    private ProgressSummary read(String text) {
        try {
            return json.readValue(text, ProgressSummary.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored progress summary is not readable JSON", e);
        }
    }
}
