package io.fascia.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.fascia.web.api.Models;

/**
 * Cuts a text into pieces at the edges of its screening marks, so a moderator sees each flagged
 * passage highlighted with the flags it raised. Overlapping marks split into pieces that carry
 * every flag covering them. Which words raise a flag is review-service's rule; this only draws it.
 */
public final class Highlights {

    private static final Map<String, String> NAMES = Map.of("EMAIL_ADDRESS", "e-mail address", "PHONE_NUMBER",
            "phone number", "LINK", "link", "SOCIAL_HANDLE", "social media handle", "NAME_OR_ADDRESS",
            "name or street address", "CLIENT_HEALTH_DETAIL", "the client's health");

    /** A piece of the text; {@code flags} names what it raised, empty for plain text. */
    public record Piece(String text, List<String> flags) {

        public boolean flagged() {
            return !flags.isEmpty();
        }

        public String flagNames() {
            return String.join(", ", flags.stream().map(Highlights::name).toList());
        }
    }

    private Highlights() {
    }

    public static String name(String flag) {
        return NAMES.getOrDefault(flag, flag.toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }

    public static List<Piece> of(String text, List<Models.Mark> marks) {
        List<Piece> pieces = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return pieces;
        }
        TreeSet<Integer> edges = new TreeSet<>(List.of(0, text.length()));
        List<Models.Mark> valid = marks == null ? List.of() : marks.stream()
                .filter(m -> m.start() >= 0 && m.end() <= text.length() && m.start() < m.end()).toList();
        valid.forEach(m -> {
            edges.add(m.start());
            edges.add(m.end());
        });
        Integer from = null;
        for (Integer edge : edges) {
            if (from != null) {
                int start = from;
                List<String> flags = valid.stream().filter(m -> m.start() <= start && m.end() >= edge)
                        .map(Models.Mark::flag).distinct().toList();
                Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
                if (last != null && last.flags().equals(flags)) {
                    pieces.set(pieces.size() - 1, new Piece(last.text() + text.substring(start, edge), flags));
                } else {
                    pieces.add(new Piece(text.substring(start, edge), flags));
                }
            }
            from = edge;
        }
        return pieces;
    }
}
