package io.fascia.testing;


import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * The mailboxes of the stack's real SMTP server (GreenMail, started by deploy/fascia), read through
 * its REST API: what a person would find in their inbox.
 */
public final class Mailboxes {

    private final String api;

    public Mailboxes(int apiPort) {
        this.api = "http://127.0.0.1:" + apiPort;
    }

    /**
     * A received message: its subject, its whole MIME source with quoted-printable parts decoded
     * (what a person reads), and the source as it arrived (for base64 parts, which that decoding
     * would break).
     */
    public record Received(String subject, String source, String raw) {

        /** The value of the first header with this name, or null. */
        public String header(String name) {
            Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)").matcher(source);
            return m.find() ? m.group(1).replaceAll("\\r?\\n[ \\t]+", " ").strip() : null;
        }

        /** A base64-encoded attachment's content, decoded as UTF-8 text, or null when there is none of that name. */
        public String attachment(String filename) {
            Matcher m = Pattern.compile("filename=\"" + Pattern.quote(filename) + "\"\\r?\\n\\r?\\n([A-Za-z0-9+/=\\r\\n]+)")
                    .matcher(raw);
            return m.find() ? new String(java.util.Base64.getMimeDecoder().decode(m.group(1)), StandardCharsets.UTF_8) : null;
        }

        public boolean says(String text) {
            return source.replaceAll("\\s+", " ").contains(text);
        }
    }

    /** What arrived for this address so far (oldest first); nothing yet is an empty list. */
    public List<Received> of(String address) {
        var response = RestAssured.given().get(api + "/api/user/{address}/messages/INBOX", address);
        if (response.statusCode() != 200) {
            return List.of();
        }
        JsonPath json = response.jsonPath();
        List<String> subjects = json.getList("subject");
        List<String> sources = json.getList("mimeMessage");
        return java.util.stream.IntStream.range(0, subjects.size())
                .mapToObj(i -> new Received(subjects.get(i), decoded(sources.get(i)), sources.get(i))).toList();
    }

    /** Waits (the sender polls, SMTP may be slow on a loaded machine) until this many messages arrived. */
    public List<Received> await(String address, int count) {
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300))
                .alias("waiting for " + count + " message(s) to " + address).until(() -> of(address).size() >= count);
        return of(address);
    }

    /**
     * Asserts this address holds exactly {@code count} messages and keeps holding them for five
     * seconds (more than two passes of a sender polling every two): what would arrive twice, has.
     */
    public void holds(String address, int count) {
        org.awaitility.Awaitility.await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500)).alias(address + " to hold exactly " + count + " message(s)")
                .until(() -> of(address).size() == count);
    }

    /** Empties every mailbox. */
    public void purge() {
        RestAssured.given().post(api + "/api/mail/purge").then().statusCode(200);
    }

    /** Quoted-printable soft breaks and escapes undone, so assertions read the text a person reads. */
    static String decoded(String source) {
        String joined = source.replace("=\r\n", "").replace("=\n", "");
        Matcher escapes = Pattern.compile("(?:=[0-9A-F]{2})+").matcher(joined);
        StringBuilder out = new StringBuilder();
        while (escapes.find()) {
            String hex = escapes.group().replace("=", "");
            byte[] bytes = new byte[hex.length() / 2];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
            }
            escapes.appendReplacement(out, Matcher.quoteReplacement(new String(bytes, StandardCharsets.UTF_8)));
        }
        escapes.appendTail(out);
        return out.toString();
    }
}
