package io.fascia.review.therapist;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.fascia.platform.inbox.MessageLog;
import io.fascia.platform.inbox.PoisonMessage;
import io.fascia.platform.openapi.Bounds;

/** The replica of therapists' subjects and names: replies and a therapist's own reviews are authorised by it. */
@ApplicationScoped
public class Therapists {

    static final String CONSUMER = "review.directory-listings";

    @Inject
    EntityManager em;

    @Inject
    MessageLog messageLog;

    public void apply(String messageId, ListingSnapshot snapshot) {
        if (snapshot.therapistId() == null || snapshot.subject() == null || snapshot.displayName() == null
                || snapshot.snapshotAt() == null) {
            throw new PoisonMessage("a required field of the listing snapshot is missing");
        }
        if (snapshot.subject().length() > Bounds.SUBJECT || snapshot.displayName().length() > ListingSnapshot.DISPLAY_NAME_MAX) {
            throw new PoisonMessage("the listing snapshot's subject or display name is longer than its schema allows");
        }
        messageLog.once(CONSUMER, messageId, () -> {
            em.createNativeQuery("""
                    INSERT INTO therapist (therapist_id, subject, display_name, snapshot_at) VALUES (?1, ?2, ?3, ?4)
                    ON CONFLICT (therapist_id) DO UPDATE SET subject = excluded.subject, display_name = excluded.display_name,
                        snapshot_at = excluded.snapshot_at
                    WHERE therapist.snapshot_at <= excluded.snapshot_at""")
                    .setParameter(1, snapshot.therapistId()).setParameter(2, snapshot.subject())
                    .setParameter(3, snapshot.displayName()).setParameter(4, Timestamp.from(snapshot.snapshotAt()))
                    .executeUpdate();
        });
    }

    /** The listing a token subject owns, once directory has published it. Needs the caller's transaction. */
    public Optional<UUID> ownedBy(String subject) {
        return em.createQuery("select t.id from Therapist t where t.subject = ?1", UUID.class).setParameter(1, subject)
                .getResultStream().findFirst();
    }
}
