package io.fascia.review.outcome;

import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The outcome figures of one therapist for one condition, from their reviews and check-ins.
 * Pure, so the maths is unit-tested without a database.
 *
 * <p>
 * <b>Durable responder</b>: a review whose 4-week check-in (the last follow-up) was answered with
 * pain at least 2 points, or at least 30%, below the baseline from intake: relief has to be shown
 * to last.
 *
 * <p>
 * <b>Censoring</b>: a review is <em>settled</em> once its 4-week check-in has closed, answered or
 * missed. Until then it is <em>pending</em>: neither responder nor non-responder, so a fresh good
 * review never counts against a therapist while its four weeks run. The durable share, the shrunk
 * score and the platform's share count settled reviews only; a missed check-in settles its
 * review as a non-responder (and counts against the follow-up response rate). The change right
 * after the session is reported apart, over every review, as the short-term figure it is.
 *
 * <p>
 * <b>Shrunk score</b>: the posterior mean of the durable-responder rate under a Beta prior centred
 * on the platform's rate {@code p0} for the condition with the strength of {@code w} reviews:
 *
 * <pre>
 * shrunk = (responders + w * p0) / (settled reviews + w)
 * </pre>
 *
 * No settled review gives exactly {@code p0}; two glowing reviews move it only a little; forty good ones
 * dominate it. {@code p0} is the platform's own share for the condition (all therapists), shrunk
 * the same way toward a modest configured prior (exactly that prior while no review for the
 * condition exists anywhere); both constants are in {@link EvidenceConfig}. This is the one place the shrinkage is computed: directory ranks
 * search by the score review publishes, and review's public outcome page shows the same number.
 */
public final class OutcomeMath {

    private OutcomeMath() {
    }

    /**
     * @param painAt4Weeks pain at the last follow-up, or null while it is unanswered
     * @param painAt1Week  pain at the first follow-up, or null while it is unanswered
     */
    public record ReviewOutcome(int baselinePain, int painAfterSession, LastFollowUp lastFollowUp, Integer painAt4Weeks,
            Integer painAt1Week) {

        public ReviewOutcome {
            if (lastFollowUp == LastFollowUp.ANSWERED != (painAt4Weeks != null)) {
                throw new IllegalArgumentException("pain at 4 weeks is known exactly when the 4-week check-in was answered");
            }
        }

        /** A review whose 4-week check-in was answered with {@code painAt4Weeks}. */
        public static ReviewOutcome answered(int baselinePain, int painAfterSession, int painAt4Weeks) {
            return new ReviewOutcome(baselinePain, painAfterSession, LastFollowUp.ANSWERED, painAt4Weeks, null);
        }

        /** A review whose 4-week check-in is not due yet, or due and still open. */
        public static ReviewOutcome pending(int baselinePain, int painAfterSession) {
            return new ReviewOutcome(baselinePain, painAfterSession, LastFollowUp.PENDING, null, null);
        }

        /** A review whose 4-week check-in closed unanswered. */
        public static ReviewOutcome missed(int baselinePain, int painAfterSession) {
            return new ReviewOutcome(baselinePain, painAfterSession, LastFollowUp.MISSED, null, null);
        }

        public ReviewOutcome withPainAt1Week(Integer pain) {
            return new ReviewOutcome(baselinePain, painAfterSession, lastFollowUp, painAt4Weeks, pain);
        }

        /** Its 4-week window has closed, so it counts for the durable measure. */
        public boolean settled() {
            return lastFollowUp != LastFollowUp.PENDING;
        }

        public boolean durableResponder() {
            return lastFollowUp == LastFollowUp.ANSWERED && OutcomeMath.durableResponder(baselinePain, painAt4Weeks);
        }
    }

    /** Where a review's last (4-week) follow-up stands. */
    public enum LastFollowUp {
        PENDING, ANSWERED, MISSED;

        /**
         * From the status of the review's last check-in: OPEN, ANSWERED or MISSED. A review with
         * no check-in at all was written after its 4-week check-in would already have closed
         * (FollowUps creates none then), so its window is closed unanswered.
         */
        public static LastFollowUp ofCheckInStatus(String status) {
            return status == null ? MISSED : switch (status) {
                case "OPEN" -> PENDING;
                case "ANSWERED" -> ANSWERED;
                case "MISSED" -> MISSED;
                default -> throw new IllegalArgumentException("unknown check-in status " + status);
            };
        }
    }

    /**
     * Mean pain (0-10) at each measurement, for a chart of how pain moved: at intake and right
     * after over every review; at 1 and 4 weeks over the reviews whose follow-up was answered
     * (null while none was), with how many answered.
     */
    public record PainCurve(double baseline, double afterSession, Double at1Week,
            @Min(0) @Max(Integer.MAX_VALUE) int answeredAt1Week,
            Double at4Weeks, @Min(0) @Max(Integer.MAX_VALUE) int answeredAt4Weeks) {
    }

    /** Follow-ups that have closed: answered or missed. Open ones count for neither. */
    public record CheckIns(int answered, int missed) {
    }

    /**
     * {@code settledReviews} of the {@code reviewCount} have a closed 4-week window; the durable
     * share and the shrunk score are over those, the change right after the session over all.
     */
    public record Aggregate(String condition, int reviewCount, int settledReviews, Double meanPainChangeAfterSession,
            Double meanPainChangeAt4Weeks, int durableResponders, double durableResponderShare, Double followUpResponseRate,
            double shrunkScore, double platformDurableResponderShare, PainCurve painCurve) {
    }

    /** Pain at 4 weeks at least 2 points, or 30%, below the baseline. */
    public static boolean durableResponder(int baselinePain, int painAt4Weeks) {
        int drop = baselinePain - painAt4Weeks;
        return drop >= 2 || baselinePain > 0 && drop >= 0.3 * baselinePain;
    }

    public static double shrunk(int responders, int reviews, double prior, double priorWeight) {
        return (responders + priorWeight * prior) / (reviews + priorWeight);
    }

    /**
     * The platform's durable-responder share for a condition, itself shrunk toward the modest prior
     * with the same weight: without data it is that prior, and a young platform whose few reviews
     * are one therapist's does not take that therapist's rate as what everyone should expect (which
     * would make every listing without reviews tie with the only one that has them).
     */
    public static double platformShare(int responders, int reviews, double priorWithoutData, double priorWeight) {
        return shrunk(responders, reviews, priorWithoutData, priorWeight);
    }

    /** The platform's share over every therapist's reviews of a condition, settled ones only. */
    public static double platformShare(List<ReviewOutcome> reviews, double priorWithoutData, double priorWeight) {
        List<ReviewOutcome> settled = reviews.stream().filter(ReviewOutcome::settled).toList();
        return platformShare((int) settled.stream().filter(ReviewOutcome::durableResponder).count(), settled.size(),
                priorWithoutData, priorWeight);
    }

    public static Aggregate aggregate(String condition, List<ReviewOutcome> reviews, CheckIns checkIns, double platformShare,
            double priorWeight) {
        int n = reviews.size();
        int settled = (int) reviews.stream().filter(ReviewOutcome::settled).count();
        int responders = (int) reviews.stream().filter(ReviewOutcome::durableResponder).count();
        Double afterSession = n == 0 ? null
                : reviews.stream().mapToInt(r -> r.painAfterSession() - r.baselinePain()).average().orElseThrow();
        List<ReviewOutcome> followedUp = reviews.stream().filter(r -> Objects.nonNull(r.painAt4Weeks())).toList();
        Double at4Weeks = followedUp.isEmpty() ? null
                : followedUp.stream().mapToInt(r -> r.painAt4Weeks() - r.baselinePain()).average().orElseThrow();
        int closed = checkIns.answered() + checkIns.missed();
        Double responseRate = closed == 0 ? null : (double) checkIns.answered() / closed;
        return new Aggregate(condition, n, settled, round(afterSession), round(at4Weeks), responders,
                settled == 0 ? 0.0 : round((double) responders / settled), round(responseRate),
                round(shrunk(responders, settled, platformShare, priorWeight)), round(platformShare), painCurve(reviews));
    }

    /** How pain moved on average from intake to four weeks; null without reviews. */
    public static PainCurve painCurve(List<ReviewOutcome> reviews) {
        if (reviews.isEmpty()) {
            return null;
        }
        List<Integer> week1 = reviews.stream().map(ReviewOutcome::painAt1Week).filter(Objects::nonNull).toList();
        List<Integer> week4 = reviews.stream().map(ReviewOutcome::painAt4Weeks).filter(Objects::nonNull).toList();
        return new PainCurve(round(reviews.stream().mapToInt(ReviewOutcome::baselinePain).average().orElseThrow()),
                round(reviews.stream().mapToInt(ReviewOutcome::painAfterSession).average().orElseThrow()),
                week1.isEmpty() ? null : round(week1.stream().mapToInt(Integer::intValue).average().orElseThrow()), week1.size(),
                week4.isEmpty() ? null : round(week4.stream().mapToInt(Integer::intValue).average().orElseThrow()), week4.size());
    }

    /** Four decimals: enough for ranking, and identical inputs give byte-identical snapshots. */
    static Double round(Double value) {
        return value == null ? null : Math.round(value * 10_000) / 10_000.0;
    }
}
