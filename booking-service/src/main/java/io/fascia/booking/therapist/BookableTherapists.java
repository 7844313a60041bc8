package io.fascia.booking.therapist;

import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.fascia.platform.inbox.MessageLog;
import io.fascia.platform.inbox.PoisonMessage;
import io.fascia.platform.openapi.Bounds;

/**
 * The replica of bookable therapists: applies each listing snapshot once per message id, in one
 * transaction, and never lets an older snapshot overwrite a newer one. A snapshot that breaks the
 * schema is poison; any other failure is retried by {@link io.fascia.platform.inbox.IncomingEvents}.
 */
@ApplicationScoped
public class BookableTherapists {

    static final String CONSUMER = "booking.directory-listings";

    @Inject
    EntityManager em;

    @Inject
    MessageLog messageLog;

    public void apply(String messageId, ListingSnapshot snapshot) {
        check(snapshot);
        messageLog.once(CONSUMER, messageId, () -> {
            Timestamp at = Timestamp.from(snapshot.snapshotAt());
            int written = em.createNativeQuery("""
                    INSERT INTO bookable_therapist (therapist_id, subject, display_name, bookable, time_zone,
                        cancellation_window_hours, snapshot_at, badges) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                    ON CONFLICT (therapist_id) DO UPDATE SET subject = excluded.subject,
                        display_name = excluded.display_name, bookable = excluded.bookable, time_zone = excluded.time_zone,
                        cancellation_window_hours = excluded.cancellation_window_hours, snapshot_at = excluded.snapshot_at,
                        badges = excluded.badges
                    WHERE bookable_therapist.snapshot_at <= excluded.snapshot_at""")
                    .setParameter(1, snapshot.therapistId())
                    .setParameter(2, snapshot.subject())
                    .setParameter(3, snapshot.displayName())
                    .setParameter(4, snapshot.bookable())
                    .setParameter(5, snapshot.timeZone())
                    .setParameter(6, snapshot.cancellationWindowHours())
                    .setParameter(7, at)
                    .setParameter(8, snapshot.knownBadges().toArray(String[]::new))
                    .executeUpdate();
            if (written == 0) {
                return; // a newer snapshot is already in place
            }
            em.createNativeQuery("DELETE FROM bookable_offering WHERE therapist_id = ?1")
                    .setParameter(1, snapshot.therapistId()).executeUpdate();
            for (ListingSnapshot.Offering offering : snapshot.offerings()) {
                em.createNativeQuery("""
                        INSERT INTO bookable_offering (offering_id, therapist_id, kind, title, minutes, price_cents, currency,
                            session_type) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                        .setParameter(1, offering.offeringId())
                        .setParameter(2, snapshot.therapistId())
                        .setParameter(3, offering.kind())
                        .setParameter(4, offering.title())
                        .setParameter(5, offering.minutes())
                        .setParameter(6, offering.priceCents())
                        .setParameter(7, offering.currency())
                        .setParameter(8, offering.sessionType())
                        .executeUpdate();
            }
        });
    }

    private static <E extends Enum<E>> boolean named(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(name));
    }

    /** A snapshot that breaks the schema can never be applied. */
    private static void check(ListingSnapshot s) {
        if (s.therapistId() == null || s.subject() == null || s.displayName() == null || s.bookable() == null
                || s.timeZone() == null || s.cancellationWindowHours() == null || s.offerings() == null
                || s.snapshotAt() == null) {
            throw new PoisonMessage("a required field of the listing snapshot is missing");
        }
        if (s.subject().length() > Bounds.SUBJECT || s.displayName().length() > ListingSnapshot.DISPLAY_NAME_MAX) {
            throw new PoisonMessage("the listing snapshot's subject or display name is longer than its schema allows");
        }
        try {
            ZoneId.of(s.timeZone());
        } catch (DateTimeException e) {
            throw new PoisonMessage("'" + s.timeZone() + "' is not a time zone", e);
        }
        for (ListingSnapshot.Offering o : s.offerings()) {
            if (o == null || o.offeringId() == null || !named(ListingSnapshot.Kind.class, o.kind())
                    || !named(ListingSnapshot.SessionType.class, o.sessionType()) || o.minutes() == null
                    || o.priceCents() == null || o.title() == null || o.title().length() > ListingSnapshot.TITLE_MAX
                    || o.currency() == null) {
                throw new PoisonMessage("an offering of the listing snapshot breaks the schema");
            }
        }
    }
}
