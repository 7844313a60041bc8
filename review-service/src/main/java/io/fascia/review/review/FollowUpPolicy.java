package io.fascia.review.review;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** When reviews may be written and when their check-ins fall due and close (configuration). */
@ApplicationScoped
public class FollowUpPolicy {

    @ConfigProperty(name = "fascia.review.window")
    Duration window;

    /** The most follow-ups a review can have, and the longest label of one ({@link #label}). */
    public static final int FOLLOW_UPS_MAX = 10;
    public static final int LABEL_MAX = 40;

    @ConfigProperty(name = "fascia.review.follow-ups")
    List<Duration> followUps;

    @ConfigProperty(name = "fascia.review.answer-within")
    Duration answerWithin;

    public Duration window() {
        return window;
    }

    /** In order; the last is the 4-week measurement. */
    public List<Duration> followUps() {
        return followUps;
    }

    public Duration answerWithin() {
        return answerWithin;
    }

    /** "P7D" rather than Duration's "PT168H", as a person would write it. */
    public static String label(Duration after) {
        return after.toSeconds() % 86_400 == 0 ? "P" + after.toDays() + "D" : after.toString();
    }
}
