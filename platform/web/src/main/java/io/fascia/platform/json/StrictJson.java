package io.fascia.platform.json;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * One reading of JSON for every service, the gateway and every event consumer: what a sender
 * could mean two ways is refused rather than guessed. A duplicated key, anything after the value,
 * a fraction where a whole number belongs, a number where a name belongs (enums), and control
 * characters in text (anything below U+0020 but tab, line feed and carriage return, and DEL) are
 * errors, which the problem mappers answer as 400 naming the field. Unknown properties stay
 * allowed, so producers and clients may add fields.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** What the problem mappers say of a field whose text holds a control character. */
    public static final String CONTROL_CHARACTERS = "must not contain control characters";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.registerModule(new SimpleModule("fascia-strict-text").addDeserializer(String.class, new PlainText()));
    }

    /** Text without control characters: PostgreSQL refuses NUL, and none of the others is ever meant. */
    static final class PlainText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && firstControl(text) >= 0) {
                throw InvalidFormatException.from(parser, CONTROL_CHARACTERS, text, String.class);
            }
            return text;
        }

        static int firstControl(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                    return i;
                }
            }
            return -1;
        }
    }
}
