package io.fascia.booking.therapist;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A therapist as booking knows them: the replica of their listing snapshot. Immutable here; only
 * {@link BookableTherapists} writes it, from directory's snapshots.
 */
@Entity
@Immutable
@Table(name = "bookable_therapist")
public class BookableTherapist {

    @Id
    @Column(name = "therapist_id")
    private UUID id;

    @Column(nullable = false)
    private String subject;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private boolean bookable;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "cancellation_window_hours", nullable = false)
    private int cancellationWindowHours;

    @Column(name = "snapshot_at", nullable = false)
    private Instant snapshotAt;

    protected BookableTherapist() {
    }

    /** A therapist as a listing snapshot describes them. */
    public BookableTherapist(UUID id, String subject, String displayName, boolean bookable, ZoneId zone,
            int cancellationWindowHours, Instant snapshotAt) {
        this.id = id;
        this.subject = subject;
        this.displayName = displayName;
        this.bookable = bookable;
        this.timeZone = zone.getId();
        this.cancellationWindowHours = cancellationWindowHours;
        this.snapshotAt = snapshotAt;
    }

    public UUID id() {
        return id;
    }

    /** The therapist's token subject: who may act on their schedule. */
    public String subject() {
        return subject;
    }

    public String displayName() {
        return displayName;
    }

    /** False while the listing is unpublished or its credentials lapsed: nobody can book. */
    public boolean bookable() {
        return bookable;
    }

    /** Where the therapist works, in which every time they show is given. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The cancellation window in force now; a booking copies it when it is made. */
    public int cancellationWindowHours() {
        return cancellationWindowHours;
    }
}
