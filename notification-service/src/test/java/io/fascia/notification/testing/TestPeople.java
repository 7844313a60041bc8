package io.fascia.notification.testing;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.fascia.notification.person.People;
import io.fascia.notification.person.Person;

/**
 * Keycloak's users for the service tests: subject "x" is called "X" and reads x@people.test; a
 * subject starting with "nobody" has no address. The real lookup runs in the system tests.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestPeople extends People {

    @Override
    public Optional<Person> bySubject(String subject) {
        if (subject.startsWith("nobody")) {
            return Optional.empty();
        }
        return Optional.of(new Person(subject, Character.toUpperCase(subject.charAt(0)) + subject.substring(1),
                subject + "@people.test"));
    }
}
