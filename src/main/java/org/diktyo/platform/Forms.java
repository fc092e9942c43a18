package org.diktyo.platform;

import java.util.Set;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;

/**
 * How a page answers a refused form: the user's own mistakes (invalid input, a conflict, a
 * file too large or of the wrong kind, a file whose content is refused, such as a broken signature)
 * show the form again with its messages; anything else
 * (not allowed, not found) goes on to the error page.
 */
public final class Forms {

    private static final Set<HttpStatus> MISTAKES = Set.of(HttpStatus.BAD_REQUEST, HttpStatus.CONFLICT,
            HttpStatus.CONTENT_TOO_LARGE, HttpStatus.UNSUPPORTED_MEDIA_TYPE, HttpStatus.UNPROCESSABLE_ENTITY);

    private Forms() {
    }

    public static String redisplay(Problem problem, Supplier<String> form) {
        if (MISTAKES.contains(problem.status())) {
            return form.get();
        }
        throw problem;
    }
}
