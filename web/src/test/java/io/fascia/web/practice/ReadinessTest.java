package io.fascia.web.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fascia.web.api.Models;

class ReadinessTest {

    @Test
    void aNewDraftHasEverythingToDoAndSaysTheLicenceIsBeingChecked() {
        Models.Credential submitted = new Models.Credential(UUID.randomUUID(), "LICENSE", "Idaho Board", "ID", "LMT-1", null,
                LocalDate.now().minusYears(1), null, "SUBMITTED", false, null, null, Instant.now(), null);
        Readiness readiness = Readiness.of(managed("DRAFT", List.of(), List.of()), List.of(submitted), false);
        assertThat(readiness.done()).isZero();
        assertThat(readiness.steps().get(1).detail()).contains("an admin is checking it");
        assertThat(readiness.visible()).isFalse();
    }

    @Test
    void theLicenceStepFollowsTheDirectorysBadge() {
        Models.Offering offering = new Models.Offering(UUID.randomUUID(), "FOLLOW_UP", "Follow-up", 60,
                java.math.BigDecimal.TEN, "USD", "MEDICAL");
        Readiness readiness = Readiness.of(managed("PUBLISHED", List.of("LICENSED"), List.of(offering)), List.of(), true);
        assertThat(readiness.steps()).extracting(Readiness.Step::done).containsExactly(false, true, true, true, true);
    }

    private static Models.ManagedListing managed(String status, List<String> badges, List<Models.Offering> offerings) {
        Models.Listing listing = new Models.Listing(UUID.randomUUID(), "Nora Quinn, LMT", null, "CLINIC", null, null, null,
                "America/Boise", List.of(), false, 24, List.of(), List.of(), offerings, badges);
        return new Models.ManagedListing(listing.id(), status, status, null, false, List.of("The listing is not published."),
                listing, "therapist-1", null, null);
    }
}
