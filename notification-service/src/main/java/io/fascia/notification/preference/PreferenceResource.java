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

import io.fascia.notification.message.Topic;
import io.fascia.platform.problem.ProblemException;

/** {@code /api/v1/notifications/preferences/me}: the signed-in person's own message preferences. */
@Path("/api/v1/notifications/preferences/me")
@RolesAllowed({ "client", "therapist", "admin" })
@Produces(MediaType.APPLICATION_JSON)
public class PreferenceResource {

    @Inject
    JsonWebToken token;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public PreferenceView mine() {
        return PreferenceView.of(Preference.of(token.getSubject()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public PreferenceView change(@NotNull @Valid PreferenceView wanted) {
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
