package io.fascia.review.moderation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A therapist's one public reply to a review of theirs, shown once a moderator approved it. */
@Entity
@Table(name = "reply")
public class Reply {

    @Id
    @Column(name = "review_id")
    private UUID reviewId;

    @Column(name = "author_subject", nullable = false, updatable = false)
    private String authorSubject;

    @Column(nullable = false, updatable = false)
    private String text;

    @Embedded
    private ModerationState moderation;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false, columnDefinition = "text[]")
    private String[] flags;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Reply() {
    }

    Reply(UUID reviewId, String authorSubject, String text, Instant now) {
        this.reviewId = reviewId;
        this.authorSubject = authorSubject;
        this.text = text.strip();
        this.moderation = ModerationState.of(this.text);
        this.flags = TextScreening.reply(this.text).stream().map(Enum::name).toArray(String[]::new);
        this.createdAt = now;
    }

    public UUID reviewId() {
        return reviewId;
    }

    public String text() {
        return text;
    }

    public ModerationState moderation() {
        return moderation;
    }

    public List<String> flags() {
        return List.of(flags);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
