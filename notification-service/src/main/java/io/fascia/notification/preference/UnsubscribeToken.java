package io.fascia.notification.preference;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.fascia.notification.message.Topic;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The secret in an unsubscribe link: 256 random bits standing for one person and one topic, so
 * the link works without signing in, and knowing one lets nobody do anything else.
 */
@Entity(name = "UnsubscribeToken")
@jakarta.persistence.Table(name = "unsubscribe_token")
public class UnsubscribeToken extends PanacheEntityBase {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    public String token;

    public String subject;

    @Enumerated(EnumType.STRING)
    public Topic topic;

    /** The person's token for the topic, made the first time a message of that topic goes to them. */
    public static String of(String subject, Topic topic) {
        Optional<UnsubscribeToken> existing = find("subject = ?1 and topic = ?2", subject, topic).firstResultOptional();
        if (existing.isPresent()) {
            return existing.get().token;
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        UnsubscribeToken made = new UnsubscribeToken();
        made.token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        made.subject = subject;
        made.topic = topic;
        made.persist();
        return made.token;
    }

    public static Optional<UnsubscribeToken> find(String token) {
        return findByIdOptional(token);
    }
}
