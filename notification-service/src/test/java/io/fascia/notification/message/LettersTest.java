package io.fascia.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.fascia.notification.testing.NotificationStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * No health data in any e-mail: every message kind, to each side and in each variant, rendered
 * from its templates and scanned for the demo's conditions, body regions and clinical words.
 */
@QuarkusTest
@QuarkusTestResource(NotificationStack.class)
class LettersTest {

    /** The taxonomy's conditions and regions (directory-service V2__taxonomy_seed.sql) and clinical words. */
    private static final List<String> HEALTH_WORDS = List.of("tension headache", "migraine", "neck pain", "upper back pain",
            "low back pain", "sciatica", "shoulder pain", "jaw pain", "tmj", "elbow and wrist pain", "hip pain", "knee",
            "plantar fasciitis", "whiplash", "post-surgical", "scar", "lymphedema", "fibromyalgia", "head and temples",
            "suboccipitals", "neck", "upper trapezius", "rotator cuff", "pectorals", "shoulder blades", "upper back", "mid back",
            "low back", "abdominals", "hip flexors", "psoas", "glutes", "piriformis", "thigh", "quadriceps", "hamstrings",
            "it band", "calf", "plantar fascia", "forearm", "swelling", "pain", "intake", "diagnos", "symptom", "treatment plan",
            "homecare", "exercise", "soreness", "pgic", "baseline", "condition", "injur", "medication", "referral");

    @Inject
    Letters letters;

    @Test
    void noMessageSaysAnythingAboutSomeonesHealth() {
        List<String> written = new ArrayList<>();
        for (MessageKind kind : MessageKind.values()) {
            for (boolean forTherapist : List.of(false, true)) {
                for (boolean variant : List.of(false, true)) {
                    Letters.Written letter = letters.write(kind, sample(kind, forTherapist, variant));
                    assertThat(letter.subject()).isNotBlank();
                    assertThat(letter.text()).contains("Hello Dana").doesNotContain("{", "}");
                    assertThat(letter.html()).contains("<html lang=\"en\">", "Hello Dana");
                    written.add(letter.subject() + "\n" + letter.text() + "\n" + letter.html());
                }
            }
        }
        for (String letter : written) {
            String lower = letter.toLowerCase(Locale.ROOT);
            for (String word : HEALTH_WORDS) {
                assertThat(Pattern.compile("\\b" + Pattern.quote(word)).matcher(lower).find())
                        .as("'%s' in:%n%s", word, letter).isFalse();
            }
        }
    }

    @Test
    void optionalMessagesOfferTheirUnsubscribeLinkAndConfirmationsDoNot() {
        for (MessageKind kind : MessageKind.values()) {
            Letters.Written letter = letters.write(kind, sample(kind, false, false));
            if (kind.topic().optional()) {
                assertThat(letter.text()).contains("https://fascia.example/unsubscribe/secret");
                assertThat(letter.html()).contains("href=\"https://fascia.example/unsubscribe/secret\"");
            } else {
                assertThat(letter.text() + letter.html()).doesNotContain("unsubscribe");
            }
        }
    }

    private static Letter sample(MessageKind kind, boolean forTherapist, boolean variant) {
        return new Letter("Dana", forTherapist, "Theo Quinn, LMT", "Sam", "Initial assessment",
                "Monday 15 March 2027 at 10:00 Eastern Daylight Time (America/New_York)",
                "11:00 Eastern Daylight Time (America/New_York)",
                variant ? "Monday 15 March 2027 at 07:00 Pacific Daylight Time (America/Los_Angeles)" : null,
                "Friday 12 March 2027 at 09:00 Eastern Standard Time (America/New_York)",
                "Sunday 14 March 2027 at 10:00 Eastern Daylight Time (America/New_York)", 24, !variant, variant,
                "https://fascia.example/my/bookings/1", "https://fascia.example/my/notifications",
                "https://fascia.example/unsubscribe/secret", "one week",
                "Monday 29 March 2027 at 10:00 Eastern Daylight Time (America/New_York)", kind.name(),
                variant ? "massage licence" : "liability insurance", "The scan is unreadable; please upload a clearer copy.",
                "Monday 1 March 2027");
    }
}
