package io.fascia.notification.person;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

import io.quarkus.cache.CacheResult;

/**
 * Names and e-mail addresses by token subject, read from Keycloak at send time as the service
 * account {@code fascia-notification}, which may view users and nothing else. Addresses never
 * travel in events; a looked-up person is cached briefly (cache {@code people}).
 */
@ApplicationScoped
public class People {

    @Inject
    Keycloak keycloak;

    @ConfigProperty(name = "quarkus.keycloak.admin-client.realm")
    String realm;

    /**
     * The person, or empty when Keycloak has no such user or the user has no verified-or-not address
     * (nothing can be sent to them). Keycloak being away throws, and the message waits.
     */
    @CacheResult(cacheName = "people")
    public Optional<Person> bySubject(String subject) {
        UserRepresentation user;
        try {
            user = keycloak.realm(realm).users().get(subject).toRepresentation();
        } catch (WebApplicationException e) {
            // The REST client reports Keycloak's 404 as a WebApplicationException of that status
            // (not always as NotFoundException); anything else is Keycloak failing, and the message waits.
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
        if (user == null || user.getEmail() == null || user.getEmail().isBlank() || !Boolean.TRUE.equals(user.isEnabled())) {
            return Optional.empty();
        }
        return Optional.of(new Person(subject, nameOf(user), user.getEmail()));
    }

    private static String nameOf(UserRepresentation user) {
        String first = user.getFirstName();
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        return user.getUsername();
    }
}
