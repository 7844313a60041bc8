package io.fascia.booking.progress;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.fascia.platform.inbox.IncomingEvents;
import io.smallrye.common.annotation.Blocking;

/**
 * Keeps the client's pain reports from review-service, for their progress summaries. Poison goes to
 * {@code fascia.booking.pain-reports-dlq.v1}; a passing failure is retried until it passes (see
 * {@link IncomingEvents}).
 */
@ApplicationScoped
public class PainReportConsumer {

    @Inject
    PainReports reports;

    @Inject
    IncomingEvents events;

    @Incoming("review-pain-reports")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return events.apply(message, PainReport.class, (envelope, report) -> reports.apply(envelope.id(), report));
    }
}
