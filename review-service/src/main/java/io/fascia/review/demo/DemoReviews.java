package io.fascia.review.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.fascia.review.moderation.TextScreening;
import io.fascia.review.outcome.Outcomes;
import io.fascia.review.review.FollowUpPolicy;
import io.fascia.review.session.Session;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * The local demo's outcome story ({@code fascia.demo.enabled=true}, set by deploy/fascia; never in
 * tests or production). Booking's demo completes past sessions for made-up clients
 * ({@code demo-client-...}); once such a completion has arrived, a scheduled pass gives it a
 * review and answered check-ins that tell the seeds' story: after myofascial release, upper back
 * pain and tension headaches are relieved and stay relieved at 4 weeks; after a relaxation massage
 * clients feel great on the day and are back to baseline at 4 weeks. Written directly because these
 * sessions are older than the review window, which is exactly what lets their 4-week check-ins be
 * answered already. The real demo user's own session is left for them to review.
 */
@ApplicationScoped
public class DemoReviews {

    private static final Logger LOG = Logger.getLogger(DemoReviews.class);
    private static final List<String> MEDICAL_COMMENTS = List.of(
            "She found the knot under my shoulder blade that three other therapists missed, and showed me a stretch for it.",
            "Sore for two days, as she said I would be. A month later I still sit through a whole workday.",
            "First time someone asked about my desk setup before starting. Headaches down from most days to a couple a month.");
    private static final List<String> RELAXATION_COMMENTS = List.of(
            "Lovely and relaxing, I floated out of there.",
            "Felt amazing afterwards, by the next week the ache was back though.");

    @ConfigProperty(name = "fascia.demo.admin-subject", defaultValue = "5d0c8f7e-1c1a-4c3e-9a51-0c1e4e7d0003")
    String demoAdmin;

    @Inject
    EntityManager em;

    @Inject
    Outcomes outcomes;

    @Inject
    FollowUpPolicy policy;

    /** The demo's work runs only with {@code fascia.demo.enabled}. */
    @Singleton
    public static class Off implements Scheduled.SkipPredicate {

        @ConfigProperty(name = "fascia.demo.enabled", defaultValue = "false")
        boolean enabled;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !enabled;
        }
    }

    /**
     * Reviews the demo clients' completed sessions that have none yet. The demo finds its work in
     * the data, like any reader of booking's events; production code fires nothing for it.
     */
    @Scheduled(every = "${fascia.demo.every:3s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Off.class)
    void reviewDemoSessions() {
        List<UUID> waiting = QuarkusTransaction.requiringNew().call(() -> em.createQuery("""
                select s.bookingId from Session s
                where s.status = io.fascia.review.session.Session.Status.COMPLETED and s.clientSubject like 'demo-client-%'
                  and not exists (select 1 from Review r where r.bookingId = s.bookingId)""", UUID.class)
                .setMaxResults(100).getResultList());
        for (UUID session : waiting) {
            try {
                QuarkusTransaction.requiringNew().run(() -> write(em.find(Session.class, session)));
            } catch (RuntimeException e) {
                LOG.warnf(e, "Demo data: could not write the review of session %s", session);
            }
        }
    }

    private void write(Session s) {
        if (!em.createNativeQuery("SELECT 1 FROM review WHERE booking_id = ?1").setParameter(1, s.bookingId())
                .getResultList().isEmpty()) {
            return;
        }
        boolean medical = "MEDICAL".equals(s.sessionType());
        int variant = Math.floorMod(s.bookingId().hashCode(), 3);
        int baseline = s.baselinePain();
        int after = Math.max(0, baseline - (medical ? 3 : 4));
        int atOneWeek = Math.max(0, baseline - (medical ? 3 : 1));
        int atFourWeeks = medical ? Math.max(0, baseline - 4 + (variant == 2 ? 2 : 0)) : baseline;
        List<String> comments = medical ? MEDICAL_COMMENTS : RELAXATION_COMMENTS;
        String comment = variant == 1 ? null : comments.get(variant % comments.size());
        Instant created = s.completedAt().plus(Duration.ofHours(20));
        UUID review = UUID.randomUUID();
        em.createNativeQuery("""
                INSERT INTO review (id, booking_id, therapist_id, client_subject, condition_code, session_type, baseline_pain,
                    pain_after, soreness_days, pgic, assessed_first, plan_discussed, homecare_assigned, would_recommend,
                    comment, comment_status, comment_flags, moderated_by, moderated_at, created_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?11, true, ?12, ?13, ?14, ?15, ?16, ?17)""")
                .setParameter(1, review).setParameter(2, s.bookingId()).setParameter(3, s.therapistId())
                .setParameter(4, s.clientSubject()).setParameter(5, s.conditionCode()).setParameter(6, s.sessionType())
                .setParameter(7, baseline).setParameter(8, after).setParameter(9, medical ? 2 : 0)
                .setParameter(10, medical ? 6 : 5).setParameter(11, medical).setParameter(12, comment)
                .setParameter(13, comment == null ? "NONE" : "APPROVED")
                .setParameter(14, TextScreening.comment(comment).stream().map(Enum::name).toArray(String[]::new))
                .setParameter(15, comment == null ? null : demoAdmin)
                .setParameter(16, comment == null ? null : Timestamp.from(created.plus(Duration.ofHours(3))))
                .setParameter(17, Timestamp.from(created)).executeUpdate();
        List<Duration> followUps = policy.followUps();
        for (int i = 0; i < followUps.size(); i++) {
            Instant due = s.completedAt().plus(followUps.get(i));
            boolean last = i == followUps.size() - 1;
            em.createNativeQuery("""
                    INSERT INTO check_in (id, review_id, client_subject, ordinal, due_after, due_at, closes_at, status, pain_now,
                        pgic, still_homecare, answered_at, booking_id, announced_at)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'ANSWERED', ?8, ?9, ?10, ?11, ?12, ?6)
                    ON CONFLICT (booking_id, ordinal) DO UPDATE SET review_id = excluded.review_id, status = 'ANSWERED',
                        pain_now = excluded.pain_now, pgic = excluded.pgic, still_homecare = excluded.still_homecare,
                        answered_at = excluded.answered_at, announced_at = excluded.announced_at""")
                    .setParameter(12, s.bookingId())
                    .setParameter(1, UUID.randomUUID()).setParameter(2, review).setParameter(3, s.clientSubject())
                    .setParameter(4, i + 1).setParameter(5, FollowUpPolicy.label(followUps.get(i)))
                    .setParameter(6, Timestamp.from(due)).setParameter(7, Timestamp.from(due.plus(policy.answerWithin())))
                    .setParameter(8, last ? atFourWeeks : atOneWeek).setParameter(9, medical ? 6 : last ? 4 : 5)
                    .setParameter(10, medical).setParameter(11, Timestamp.from(due.plus(Duration.ofHours(9)))).executeUpdate();
        }
        outcomes.refresh(s.therapistId());
    }
}
