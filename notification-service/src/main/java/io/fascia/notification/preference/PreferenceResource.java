package io.fascia.notification.preference;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fascia.notification.message.Topic;
import io.fascia.platform.problem.ProblemException;

/** {@code /api/v1/notifications/preferences/me}: the signed-in person's own message preferences. */
@Tag(name = "E-mail preferences",
        description = "Which e-mails a person gets besides those about their bookings, and the time zone their times are "
        + "written in.")
@Path("/api/v1/notifications/preferences/me")
@RolesAllowed({ "client", "therapist", "admin" })
@Produces(MediaType.APPLICATION_JSON)
public class PreferenceResource {

    static final String PREFERENCES_EXAMPLE = """
            {"reminders": false, "prompts": true, "timeZone": "Europe/Berlin"}""";

    @Inject
    JsonWebToken token;

    @Inject
    Clock clock;

    @Operation(summary = "My e-mail preferences",
            description = "Reminders and check-in prompts on or off, and the time zone for times in e-mails.")
    @GET
    @Transactional
    public PreferenceView mine() {
        return PreferenceView.of(Preference.of(token.getSubject()));
    }

    @Operation(summary = "Change my e-mail preferences",
            description = "Booking confirmations, moves and cancellations are always sent; reminders and prompts can be turned "
            + "off.")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public PreferenceView change(@RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "No reminders", value = PREFERENCES_EXAMPLE))) @NotNull @Valid PreferenceView wanted) {
        String zone = wanted.timeZone() == null || wanted.timeZone().isBlank() ? null : wanted.timeZone().strip();
        if (zone != null) {
            try {
                zone = ZoneId.of(zone).getId();
            } catch (DateTimeException e) {
                throw ProblemException.invalid("timeZone", "is not an IANA time zone such as America/New_York");
            }
        }
        Preference preference = Preference.of(token.getSubject());
        preference.set(Topic.REMINDERS, wanted.reminders(), clock.instant());
        preference.set(Topic.PROMPTS, wanted.prompts(), clock.instant());
        preference.timeZone = zone;
        preference.persist();
        return PreferenceView.of(preference);
    }
}
