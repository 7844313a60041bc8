package io.fascia.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * What a CloudEvent's binary-mode Kafka headers say about a message: its id (what consumers
 * deduplicate on), its type and when it happened. Read here, in our own code, so a header nobody
 * can parse makes one message poison instead of stalling the connector for the whole topic.
 */
public record Envelope(String id, String type, OffsetDateTime time) {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";

    /** @throws PoisonMessage when the id or type is missing or blank, or the time is not RFC 3339 */
    public static Envelope of(Headers headers) {
        String id = text(headers, ID);
        String type = text(headers, TYPE);
        if (id == null || id.isBlank()) {
            throw new PoisonMessage("the message has no " + ID + " header");
        }
        if (type == null || type.isBlank()) {
            throw new PoisonMessage("the message has no " + TYPE + " header");
        }
        String time = text(headers, TIME);
        OffsetDateTime at = null;
        if (time != null) {
            try {
                at = OffsetDateTime.parse(time);
            } catch (DateTimeParseException e) {
                throw new PoisonMessage("its " + TIME + " header is not an RFC 3339 time: " + abbreviated(time), e);
            }
        }
        return new Envelope(id, type, at);
    }

    private static String text(Headers headers, String name) {
        Header header = headers == null ? null : headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
