package io.fascia.review.moderation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.fascia.review.review.ReviewRequest;

/**
 * Flags text an admin must look at before it is public: contact details and other identifying
 * details in anyone's text, and, in a therapist's reply, talk of the client's health (a reply
 * that says "your sciatica is better" tells the world who the reviewer is and what they have).
 * Flags inform the moderator; they never publish or reject anything by themselves.
 */
public final class TextScreening {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("(\\+?\\d[\\s().-]*){7,}");
    private static final Pattern LINK = Pattern.compile("(https?://|www\\.)\\S+", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLE = Pattern.compile("(^|\\s)@[A-Za-z0-9_.]{2,}");
    private static final Pattern NAMED = Pattern.compile(
            "\\b(my name is|i am called|call me|(mr|mrs|ms|dr)\\.?\\s+[A-Z][a-z]+)|\\b\\d{1,5}\\s+[A-Z][a-z]+\\s+(street|st|avenue|ave|road|rd|blvd)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEALTH = Pattern.compile("\\b(your|you)\\b.{0,40}\\b(pain|sciatica|headache|migraine|"
            + "fibromyalgia|surgery|diagnos\\w*|injur\\w*|condition|symptom\\w*|medication|back|neck|shoulder|hip|knee|tmj|"
            + "whiplash|depress\\w*|anxiety|pregnan\\w*)\\b", Pattern.CASE_INSENSITIVE);

    public enum Flag {
        EMAIL_ADDRESS, PHONE_NUMBER, LINK, SOCIAL_HANDLE, NAME_OR_ADDRESS, CLIENT_HEALTH_DETAIL
    }

    /** How many flags there are: a text raises each at most once. */
    public static final int FLAGS = 6;

    /** Where in a text a flag was raised: characters {@code start} (inclusive) to {@code end} (exclusive). */
    public record Mark(Flag flag, @Min(0) @Max(ReviewRequest.TEXT_MAX) int start, @Min(0) @Max(ReviewRequest.TEXT_MAX) int end) {
    }

    private TextScreening() {
    }

    /**
     * Every passage of a comment or reply that raised a flag, in text order, so a moderator sees
     * exactly what to look at. Overlapping passages are all reported.
     */
    public static List<Mark> marks(String text, boolean reply) {
        List<Mark> marks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return marks;
        }
        find(EMAIL, Flag.EMAIL_ADDRESS, text, marks);
        find(PHONE, Flag.PHONE_NUMBER, text, marks);
        find(LINK, Flag.LINK, text, marks);
        find(HANDLE, Flag.SOCIAL_HANDLE, text, marks);
        find(NAMED, Flag.NAME_OR_ADDRESS, text, marks);
        if (reply) {
            find(HEALTH, Flag.CLIENT_HEALTH_DETAIL, text, marks);
        }
        marks.sort(Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end));
        return marks;
    }

    private static void find(Pattern pattern, Flag flag, String text, List<Mark> marks) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            // Leading and trailing spaces are part of some patterns, never of what is marked.
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                marks.add(new Mark(flag, start, end));
            }
        }
    }

    public static List<Flag> comment(String text) {
        return screen(text, false);
    }

    public static List<Flag> reply(String text) {
        return screen(text, true);
    }

    private static List<Flag> screen(String text, boolean reply) {
        List<Flag> flags = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return flags;
        }
        if (EMAIL.matcher(text).find()) {
            flags.add(Flag.EMAIL_ADDRESS);
        }
        if (PHONE.matcher(text).find()) {
            flags.add(Flag.PHONE_NUMBER);
        }
        if (LINK.matcher(text).find()) {
            flags.add(Flag.LINK);
        }
        if (HANDLE.matcher(text).find()) {
            flags.add(Flag.SOCIAL_HANDLE);
        }
        if (NAMED.matcher(text).find()) {
            flags.add(Flag.NAME_OR_ADDRESS);
        }
        if (reply && HEALTH.matcher(text).find()) {
            flags.add(Flag.CLIENT_HEALTH_DETAIL);
        }
        return flags;
    }
}
