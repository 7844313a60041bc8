package io.fascia.review.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

/** Announces check-ins that fell due and closes missed ones on a schedule ({@code fascia.review.sweep-every}); one run at a time. */
@ApplicationScoped
public class FollowUpSweep {

    @Inject
    CheckIns checkIns;

    @Scheduled(every = "${fascia.review.sweep-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        checkIns.announceDue();
        checkIns.closeMissed();
    }
}
