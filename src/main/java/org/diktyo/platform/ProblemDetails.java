package org.diktyo.platform;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;

/** Turns a {@link Problem} into an RFC 9457 problem detail in the caller's language. */
public final class ProblemDetails {

    private ProblemDetails() {
    }

    /** One field's refusal in {@code errors}: written as {@code {"field": …, "detail": …}}, in that order. */
    public record FieldError(String field, String detail) {
    }

    public static ProblemDetail of(MessageSource messages, Locale locale, Problem problem) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(),
                messages.getMessage(problem.key(), problem.args(), locale));
        body.setTitle(messages.getMessage("platform.status." + problem.status().value(), null,
                problem.status().getReasonPhrase(), locale));
        body.setType(URI.create("about:blank"));
        if (!problem.fields().isEmpty()) {
            body.setProperty("errors", problem.fields().stream()
                    .map(f -> new FieldError(f.field(), messages.getMessage(f.key(), null, locale)))
                    .toList());
        }
        return body;
    }
}
