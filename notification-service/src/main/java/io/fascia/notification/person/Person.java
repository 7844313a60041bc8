package io.fascia.notification.person;

/** Whom a message goes to, as Keycloak knows them at send time. */
public record Person(String subject, String name, String email) {
}
