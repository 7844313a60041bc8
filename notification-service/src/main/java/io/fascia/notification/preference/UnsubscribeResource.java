package io.fascia.notification.preference;

import java.time.Clock;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fascia.notification.message.Topic;
import io.fascia.platform.problem.ProblemException;

/**
 * {@code /api/v1/notifications/unsubscribe/{token}}: the link in every optional message, usable
 * without signing in (RFC 8058). GET says what the link stops and whether it is stopped, and
 * changes nothing (link checkers open links); POST stops it, and is idempotent.
 */
@Tag(name = "Unsubscribe",
        description = "The link at the foot of every reminder and prompt: one click turns that kind of e-mail off, without "
        + "signing in.")
@Path("/api/v1/notifications/unsubscribe/{token}")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class UnsubscribeResource {

    @Inject
    Clock clock;

    /** What UnsubscribeToken makes: URL-safe Base64 without padding. Anything else is not a link of ours. */
    static final String TOKEN_FORMAT = "^[A-Za-z0-9_-]{1,64}$";
    private static final Pattern TOKEN = Pattern.compile(TOKEN_FORMAT);
    private static final String TOKEN_DESCRIPTION = "The link's own random token: it names one person and one kind of "
            + "e-mail, and can only turn that off.";

    public record Subscription(Topic topic, boolean subscribed) {
    }

    @Operation(summary = "What a link unsubscribes from",
            description = "The kind of e-mail the link is for, and whether it is still on.")
    @GET
    @Transactional
    public Subscription show(@PathParam("token") @Parameter(description = TOKEN_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 64, pattern = TOKEN_FORMAT)) String token) {
        UnsubscribeToken found = known(token);
        return new Subscription(found.topic, Preference.of(found.subject).wants(found.topic));
    }

    /** The one-click body ({@code List-Unsubscribe=One-Click}) or none at all is accepted alike. */
    @Operation(summary = "Unsubscribe",
            description = "Turns that kind of e-mail off (RFC 8058 one-click: a List-Unsubscribe=One-Click body or none).")
    @POST
    @Transactional
    public Subscription unsubscribe(@PathParam("token") @Parameter(description = TOKEN_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 64, pattern = TOKEN_FORMAT)) String token) {
        UnsubscribeToken found = known(token);
        Preference preference = Preference.of(found.subject);
        preference.set(found.topic, false, clock.instant());
        preference.persist();
        return new Subscription(found.topic, false);
    }


    private static UnsubscribeToken known(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw ProblemException.notFound("This unsubscribe link is not known.");
        }
        return UnsubscribeToken.find(token)
                .orElseThrow(() -> ProblemException.notFound("This unsubscribe link is not known."));
    }
}
