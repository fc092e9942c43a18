package org.diktyo.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text in the API's JSON: a text field takes a JSON string and nothing else (not a number, not
 * {@code true}, which Jackson would otherwise store as the text {@code "12"} or {@code "true"}),
 * and a string without the characters {@link ControlCharacters} does not allow. Either refusal
 * names the field ({@link UnreadableJson}).
 */
@Configuration(proxyBeanMethods = false)
class JsonText {

    @Bean
    JacksonModule jsonTextModule() {
        return new SimpleModule("diktyo-json-text").addDeserializer(String.class, new Deserializer());
    }

    /** Why a text value was refused. */
    enum Refusal {
        NOT_TEXT, CONTROL_CHARACTERS
    }

    /** A refused text value; Jackson adds the path of the field on its way out. */
    static final class RefusedText extends MismatchedInputException {

        private final Refusal refusal;

        RefusedText(JsonParser parser, Refusal refusal) {
            super(parser, refusal == Refusal.NOT_TEXT ? "a text field takes a JSON string" : "control characters in text",
                    String.class);
            this.refusal = refusal;
        }

        Refusal refusal() {
            return refusal;
        }
    }

    static final class Deserializer extends StdScalarDeserializer<String> {

        Deserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedText(parser, Refusal.NOT_TEXT);
            }
            String text = parser.getString();
            if (ControlCharacters.any(text)) {
                throw new RefusedText(parser, Refusal.CONTROL_CHARACTERS);
            }
            return text;
        }
    }
}
