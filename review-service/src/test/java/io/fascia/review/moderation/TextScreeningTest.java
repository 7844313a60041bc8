package io.fascia.review.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.fascia.review.moderation.TextScreening.Flag;

class TextScreeningTest {

    @Test
    void contactDetailsAreFlagged() {
        assertThat(TextScreening.comment("Write me at jo.smith+pt@example.com")).containsExactly(Flag.EMAIL_ADDRESS);
        assertThat(TextScreening.comment("Call (503) 555-0142 for tips")).containsExactly(Flag.PHONE_NUMBER);
        assertThat(TextScreening.comment("See www.example.com and @jo_smith")).containsExactly(Flag.LINK, Flag.SOCIAL_HANDLE);
        assertThat(TextScreening.comment("My name is Jo, I live at 12 Alder Street")).containsExactly(Flag.NAME_OR_ADDRESS);
    }

    @Test
    void anOrdinaryCommentIsNotFlagged() {
        assertThat(TextScreening.comment("Sore for two days, then the burning between my shoulder blades was gone. "
                + "Still gone a month later; 10 out of 10.")).isEmpty();
    }

    @Test
    void aReplyThatDisclosesTheClientsHealthIsFlagged() {
        assertThat(TextScreening.reply("So glad your sciatica is finally calming down!"))
                .containsExactly(Flag.CLIENT_HEALTH_DETAIL);
        assertThat(TextScreening.reply("Thank you for the kind words; see you next time.")).isEmpty();
        // The same words in a client's own comment are theirs to share.
        assertThat(TextScreening.comment("My sciatica is finally calming down")).isEmpty();
    }

    @Test
    void marksSayExactlyWhichWordsRaisedEachFlag() {
        String text = "Great work! Text me on 503 555 0142 or jo@example.com";
        assertThat(TextScreening.marks(text, false)).extracting(m -> m.flag() + ":" + text.substring(m.start(), m.end()))
                .containsExactly("PHONE_NUMBER:503 555 0142", "EMAIL_ADDRESS:jo@example.com");
        String reply = "Thanks! So glad YOUR Sciatica is calming down.";
        assertThat(TextScreening.marks(reply, true)).extracting(m -> reply.substring(m.start(), m.end()))
                .containsExactly("YOUR Sciatica");
        assertThat(TextScreening.marks(reply, false)).isEmpty();
        assertThat(TextScreening.marks("Sore for a day, then much better.", false)).isEmpty();
    }
}
