package org.diktyo.platform;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Bean Validation with message keys: a constraint's {@code message} is a key of the message
 * bundles (e.g. {@code network.contact.email.invalid}); violations become a {@link Problem}
 * that the API and the pages show in the user's language.
 */
public final class Checks {

    private Checks() {
    }

    public static void validate(Validator validator, Object value) {
        if (value == null) {
            throw new Problem(org.springframework.http.HttpStatus.BAD_REQUEST, "platform.error.body");
        }
        List<Problem.FieldProblem> fields = validator.validate(value).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .map(v -> new Problem.FieldProblem(v.getPropertyPath().toString(), strip(v.getMessageTemplate())))
                .toList();
        if (!fields.isEmpty()) {
            throw Problem.invalid(fields);
        }
    }

    private static String strip(String template) {
        return template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : template;
    }
}
