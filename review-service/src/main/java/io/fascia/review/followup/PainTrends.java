package io.fascia.review.followup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fascia.platform.openapi.Bounds;
import io.fascia.platform.problem.ProblemException;
import io.fascia.platform.sql.NativeSql;
import io.fascia.review.review.FollowUpPolicy;
import io.fascia.review.review.ReviewRequest;
import io.fascia.review.therapist.Therapists;

/**
 * A client's pain over their treatment with one therapist, for that therapist's chart: before and
 * right after each completed session, and each check-in they answered since. Health data of the
 * therapist's own clients only: a client with no session with this therapist is not found.
 */
@ApplicationScoped
public class PainTrends {

    public enum Measure {
        BEFORE_SESSION, AFTER_SESSION, CHECK_IN
    }

    /** @param dueAfter for a check-in, how long after the session it was asked (P7D, P28D) */
    public record Point(UUID bookingId, Measure measure, @Min(0) @Max(ReviewRequest.PAIN_MAX) int pain, Instant at,
            @Size(max = FollowUpPolicy.LABEL_MAX) @Schema(format = "duration") String dueAfter) {
    }

    /** The most points a trend shows: the latest. */
    public static final int POINTS_MAX = 500;

    public record PainTrend(@Size(max = Bounds.SUBJECT) String clientSubject, @Size(max = POINTS_MAX) List<Point> points) {
    }

    @Inject
    EntityManager em;

    @Inject
    Therapists therapists;

    @Transactional
    public PainTrend of(String therapistSubject, String client) {
        UUID therapist = therapists.ownedBy(therapistSubject)
                .orElseThrow(() -> ProblemException.notFound("Reviews do not know your listing yet."));
        boolean theirs = !em.createNativeQuery("SELECT 1 FROM session WHERE therapist_id = ?1 AND client_subject = ?2 LIMIT 1")
                .setParameter(1, therapist).setParameter(2, client).getResultList().isEmpty();
        if (!theirs) {
            throw ProblemException.notFound("No client of yours with that id is known here.");
        }
        List<Point> points = new ArrayList<>();
        List<Tuple> sessions = em.createNativeQuery("""
                SELECT s.booking_id, s.completed_at, s.baseline_pain, r.pain_after, r.created_at
                FROM session s LEFT JOIN review r ON r.booking_id = s.booking_id
                WHERE s.therapist_id = ?1 AND s.client_subject = ?2 AND s.status = 'COMPLETED'""", Tuple.class)
                .setParameter(1, therapist).setParameter(2, client).getResultList();
        for (Tuple s : sessions) {
            UUID booking = s.get("booking_id", UUID.class);
            Instant completed = NativeSql.instant(s.get("completed_at"));
            if (s.get("baseline_pain") != null) {
                points.add(new Point(booking, Measure.BEFORE_SESSION, s.get("baseline_pain", Number.class).intValue(), completed,
                        null));
            }
            if (s.get("pain_after") != null) {
                points.add(new Point(booking, Measure.AFTER_SESSION, s.get("pain_after", Number.class).intValue(), completed,
                        null));
            }
        }
        List<Tuple> answers = em.createNativeQuery("""
                SELECT r.booking_id, c.pain_now, c.answered_at, c.due_after
                FROM check_in c JOIN review r ON r.id = c.review_id
                WHERE r.therapist_id = ?1 AND r.client_subject = ?2 AND c.status = 'ANSWERED'""", Tuple.class)
                .setParameter(1, therapist).setParameter(2, client).getResultList();
        for (Tuple a : answers) {
            points.add(new Point(a.get("booking_id", UUID.class), Measure.CHECK_IN, a.get("pain_now", Number.class).intValue(),
                    NativeSql.instant(a.get("answered_at")), a.get("due_after", String.class)));
        }
        // Before comes before after at the same moment; then by time.
        points.sort(Comparator.comparing(Point::at).thenComparing(Point::measure));
        return new PainTrend(client, points.subList(Math.max(0, points.size() - POINTS_MAX), points.size()));
    }
}
