package io.fascia.directory.onboarding;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RoleRepresentation;

import io.fascia.platform.problem.Problem;
import io.fascia.platform.problem.ProblemException;

/**
 * Grants a user the realm role {@code therapist} through Keycloak's admin API, as the service
 * account {@code fascia-directory}, which may map that one role and nothing else. The user's next
 * token carries it.
 */
@ApplicationScoped
public class TherapistRole {

    private static final Logger LOG = Logger.getLogger(TherapistRole.class);

    @Inject
    Keycloak keycloak;

    @ConfigProperty(name = "fascia.onboarding.realm")
    String realm;

    /** The role's id in the realm: the service account may map it but not look it up. */
    @ConfigProperty(name = "fascia.onboarding.therapist-role-id")
    String roleId;

    public void grantTo(String subject) {
        RoleRepresentation therapist = new RoleRepresentation();
        therapist.setId(roleId);
        therapist.setName("therapist");
        try {
            keycloak.realm(realm).users().get(subject).roles().realmLevel().add(List.of(therapist));
        } catch (ProcessingException | WebApplicationException e) {
            LOG.errorf("Could not grant the therapist role to %s: %s", subject, e.getMessage());
            throw new ProblemException(new Problem(Problem.ABOUT_BLANK, "Service Unavailable", 503,
                    "Your therapist account could not be set up right now; nothing was changed. Please try again shortly.",
                    null, null));
        }
    }
}
