package io.fascia.directory.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Tells therapists of verified credentials expiring within 30 days, and expires those whose date has passed. Badges are already expiry-aware before
 * this runs; the job makes the state say so, audits it and tells booking-service.
 */
@ApplicationScoped
public class CredentialExpiry {

    private static final Logger LOG = Logger.getLogger(CredentialExpiry.class);

    @Inject
    CredentialService credentials;

    @Scheduled(every = "${fascia.credentials.expiry-check:1h}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void expireDue() {
        int expiring = credentials.noticeExpiring();
        if (expiring > 0) {
            LOG.infof("Told therapists of %d credentials expiring within 30 days", expiring);
        }
        int expired = credentials.expireDue();
        if (expired > 0) {
            LOG.infof("Expired %d credentials past their expiry date", expired);
        }
    }
}
