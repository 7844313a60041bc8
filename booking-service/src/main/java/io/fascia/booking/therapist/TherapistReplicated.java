package io.fascia.booking.therapist;

/** Fired inside the transaction that applied a newer listing snapshot to the replica. */
public record TherapistReplicated(ListingSnapshot snapshot) {
}
