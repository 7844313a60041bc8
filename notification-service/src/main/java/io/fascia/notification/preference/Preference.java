package io.fascia.notification.preference;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.fascia.notification.message.Topic;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What a person chose about their messages; someone who never chose gets everything. */
@Entity
public class Preference extends PanacheEntityBase {

    @Id
    public String subject;

    public boolean reminders;

    public boolean prompts;

    /** The person's own IANA zone, shown beside the practice's; null when unknown. */
    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The person's choices, or the defaults (everything on, no zone of their own) without storing them. */
    public static Preference of(String subject) {
        return Preference.<Preference> findByIdOptional(subject).orElseGet(() -> defaults(subject));
    }

    static Preference defaults(String subject) {
        Preference preference = new Preference();
        preference.subject = subject;
        preference.reminders = true;
        preference.prompts = true;
        return preference;
    }

    public boolean wants(Topic topic) {
        return switch (topic) {
            case TRANSACTIONAL -> true;
            case REMINDERS -> reminders;
            case PROMPTS -> prompts;
        };
    }

    public void set(Topic topic, boolean wanted, Instant now) {
        switch (topic) {
            case REMINDERS -> reminders = wanted;
            case PROMPTS -> prompts = wanted;
            case TRANSACTIONAL -> throw new IllegalArgumentException("transactional messages cannot be turned off");
        }
        updatedAt = now;
    }

    public ZoneId zone() {
        return timeZone == null ? null : ZoneId.of(timeZone);
    }
}
