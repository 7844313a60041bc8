package io.fascia.notification.therapist;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import io.fascia.platform.inbox.MessageLog;
import io.fascia.platform.inbox.PoisonMessage;

/** Keeps the therapists' replica current; an older snapshot never overwrites a newer one. */
@ApplicationScoped
public class Therapists {

    static final String CONSUMER = "notification.directory-listings";

    @Inject
    MessageLog messageLog;

    @Inject
    Event<TherapistListed> listed;

    public void apply(String messageId, ListingSnapshot snapshot) {
        if (snapshot.therapistId() == null || snapshot.subject() == null || snapshot.displayName() == null
                || snapshot.timeZone() == null || snapshot.snapshotAt() == null) {
            throw new PoisonMessage("a required field of the listing snapshot is missing");
        }
        try {
            ZoneId.of(snapshot.timeZone());
        } catch (DateTimeException e) {
            throw new PoisonMessage("the listing's time zone " + snapshot.timeZone() + " is not an IANA zone", e);
        }
        Map<String, String> offerings = new LinkedHashMap<>();
        if (snapshot.offerings() != null) {
            snapshot.offerings().stream().filter(o -> o.offeringId() != null && o.title() != null)
                    .forEach(o -> offerings.put(o.offeringId().toString(), o.title()));
        }
        messageLog.once(CONSUMER, messageId, () -> {
            Therapist therapist = Therapist.<Therapist> findByIdOptional(snapshot.therapistId()).orElse(null);
            if (therapist != null && therapist.snapshotAt.isAfter(snapshot.snapshotAt())) {
                return;
            }
            if (therapist == null) {
                therapist = new Therapist();
                therapist.therapistId = snapshot.therapistId();
            }
            therapist.subject = snapshot.subject();
            therapist.displayName = snapshot.displayName();
            therapist.timeZone = snapshot.timeZone();
            therapist.offerings = offerings;
            therapist.snapshotAt = snapshot.snapshotAt();
            therapist.persist();
            listed.fire(new TherapistListed(therapist.therapistId));
        });
    }
}
