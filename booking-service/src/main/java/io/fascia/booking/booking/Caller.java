package io.fascia.booking.booking;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.fascia.platform.openapi.Bounds;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is asking: their token subject, roles, and the name their token carries (if any, cut to {@link Bounds#PERSON_NAME}). */
public record Caller(String subject, String name, boolean client, boolean therapist, boolean admin) {

    public static Caller of(SecurityIdentity identity) {
        String name = null;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            name = token.getClaim("name");
            if (name == null) {
                name = token.getClaim("preferred_username");
            }
        }
        return new Caller(identity.getPrincipal().getName(), Bounds.personName(name), identity.hasRole("client"),
                identity.hasRole("therapist"),
                identity.hasRole("admin"));
    }

    /**
     * Who may read one client's care with one therapist (a booking, its intake, their treatment
     * plan): that client, that therapist, and admins.
     */
    public boolean mayRead(String clientSubject, String therapistSubject) {
        return admin || client && clientSubject.equals(subject) || therapist && therapistSubject.equals(subject);
    }
}
