package io.fascia.review.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A review as its author sees it, with the state of its comment and follow-ups. */
public record ReviewView(UUID id, UUID bookingId, UUID therapistId, String condition, String sessionType, int baselinePain,
        int painAfter, int sorenessDays, int pgic, boolean assessedBeforeTreatment, boolean planDiscussed,
        boolean homecareAssigned, ReviewRequest.ConditionMeasure conditionMeasure, boolean wouldRecommend, String comment,
        String commentStatus, List<CheckInView> checkIns, Instant createdAt) {

    /** @param status OPEN (due from dueAt until closesAt), ANSWERED or MISSED */
    public record CheckInView(UUID id, int ordinal, String dueAfter, Instant dueAt, Instant closesAt, String status,
            Integer painNow, Integer pgic, Boolean stillDoingHomecare) {
    }
}
