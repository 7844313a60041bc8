package io.fascia.notification.preference;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fascia.platform.openapi.Formats;

/**
 * Which optional messages a person gets, and their own time zone. Confirmations, changes and
 * cancellations of bookings always go and are not listed.
 */
public record PreferenceView(
        @NotNull @Schema(description = "A reminder before each session.") Boolean reminders,
        @NotNull @Schema(description = "Invitations to review a session and the 1- and 4-week check-in prompts.") Boolean prompts,
        @Size(max = 64) @Schema(description = "The person's IANA time zone, shown beside the practice's; null when not given.",
                pattern = Formats.TIME_ZONE, examples = "America/New_York") String timeZone) {

    static PreferenceView of(Preference preference) {
        return new PreferenceView(preference.reminders, preference.prompts, preference.timeZone);
    }
}
