package org.diktyo.platform;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON body that could not be read, as a refusal naming the field at fault ({@code date},
 * {@code delegates[1].fullName}) and what is wrong with it: missing, of the wrong type, not a
 * valid value, or holding control characters. Only a body that is not JSON at all, or not the
 * object expected, is refused as a whole.
 */
final class UnreadableJson {

    private UnreadableJson() {
    }

    static Problem problem(HttpMessageNotReadableException e) {
        DatabindException cause = databind(e);
        String field = cause == null ? "" : field(cause.getPath());
        if (field.isEmpty()) {
            return new Problem(HttpStatus.BAD_REQUEST, "platform.error.body");
        }
        return new Problem(HttpStatus.BAD_REQUEST, "platform.error.json.field",
                List.of(new Problem.FieldProblem(field, key(cause))), field);
    }

    private static String key(DatabindException cause) {
        if (cause instanceof JsonText.RefusedText refused) {
            return refused.refusal() == JsonText.Refusal.CONTROL_CHARACTERS ? "platform.error.text.control"
                    : "platform.error.type.text";
        }
        if (cause instanceof InvalidFormatException) {
            return "platform.error.parameter.value";
        }
        if (cause instanceof MismatchedInputException mismatch) {
            JsonToken token = mismatch.getCurrentToken();
            return token == null || token == JsonToken.VALUE_NULL || token == JsonToken.END_OBJECT
                    ? "platform.error.required" : "platform.error.type";
        }
        return "platform.error.parameter.value";
    }

    private static DatabindException databind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabindException d) {
                return d;
            }
        }
        return null;
    }

    /** {@code parts[0].title}: property names joined by dots, indexes in brackets. */
    static String field(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference r : path) {
            if (r.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                field.append('[').append(r.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
