package io.fascia.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.fascia.web.api.Models;

class HighlightsTest {

    @Test
    void flaggedPassagesBecomeMarkedPiecesAndTheRestStaysPlain() {
        String text = "Call me on 503 555 0199 please";
        List<Highlights.Piece> pieces = Highlights.of(text, List.of(new Models.Mark("NAME_OR_ADDRESS", 0, 7),
                new Models.Mark("PHONE_NUMBER", 11, 23)));
        assertThat(pieces).extracting(Highlights.Piece::text).containsExactly("Call me", " on ", "503 555 0199", " please");
        assertThat(pieces.get(2).flagNames()).isEqualTo("phone number");
        assertThat(pieces.get(1).flagged()).isFalse();
        assertThat(String.join("", pieces.stream().map(Highlights.Piece::text).toList())).isEqualTo(text);
    }

    @Test
    void overlappingMarksSplitIntoPiecesCarryingEveryFlag() {
        List<Highlights.Piece> pieces = Highlights.of("abcdef", List.of(new Models.Mark("LINK", 0, 4),
                new Models.Mark("EMAIL_ADDRESS", 2, 6)));
        assertThat(pieces).extracting(p -> p.text() + ":" + p.flags())
                .containsExactly("ab:[LINK]", "cd:[LINK, EMAIL_ADDRESS]", "ef:[EMAIL_ADDRESS]");
    }

    @Test
    void marksOutsideTheTextAreIgnored() {
        assertThat(Highlights.of("short", List.of(new Models.Mark("LINK", 3, 40)))).extracting(Highlights.Piece::text)
                .containsExactly("short");
        assertThat(Highlights.of("", List.of())).isEmpty();
    }
}
