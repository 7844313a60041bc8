package io.fascia.review.testing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.fascia.review.session.SessionEvent;
import io.fascia.review.session.Sessions;
import io.fascia.review.therapist.ListingSnapshot;
import io.fascia.review.therapist.Therapists;

/** Sessions and therapists as booking and directory would report them, applied through the consumers' own code. */
@ApplicationScoped
public class ReviewFixtures {

    @Inject
    Sessions sessions;

    @Inject
    Therapists therapists;

    public void therapist(UUID therapist, String subject) {
        therapists.apply(UUID.randomUUID().toString(), new ListingSnapshot(therapist, subject, "Therapist " + subject, Instant.now()));
    }

    /** A session of {@code client} with {@code therapist} that ended just now. */
    public UUID completed(UUID therapist, String client, String condition, int baselinePain, String sessionType) {
        UUID booking = UUID.randomUUID();
        Instant start = Instant.now().minusSeconds(3600);
        sessions.apply(UUID.randomUUID().toString(), SessionEvent.CONFIRMED,
                new SessionEvent(booking, therapist, client, start, null, null, null, null, null));
        sessions.apply(UUID.randomUUID().toString(), SessionEvent.COMPLETED, new SessionEvent(booking, therapist, client, start,
                sessionType, condition, List.of("upper-back"), baselinePain, Instant.now()));
        return booking;
    }

    public UUID confirmed(UUID therapist, String client) {
        UUID booking = UUID.randomUUID();
        sessions.apply(UUID.randomUUID().toString(), SessionEvent.CONFIRMED,
                new SessionEvent(booking, therapist, client, Instant.now().plusSeconds(86_400), null, null, null, null, null));
        return booking;
    }

    public UUID noShow(UUID therapist, String client) {
        UUID booking = confirmed(therapist, client);
        sessions.apply(UUID.randomUUID().toString(), SessionEvent.NO_SHOW,
                new SessionEvent(booking, therapist, client, Instant.now(), null, null, null, null, null));
        return booking;
    }
}
