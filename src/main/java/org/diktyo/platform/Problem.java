package org.diktyo.platform;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal a user can read: an HTTP status, a message key and its arguments, and the fields
 * at fault. Thrown by use cases; rendered as a problem detail by the API and as a page or
 * form error by the web layer, in the user's language.
 */
public class Problem extends RuntimeException {

    private final HttpStatus status;
    private final String key;
    private final transient Object[] args;
    private final List<FieldProblem> fields;

    public Problem(HttpStatus status, String key, Object... args) {
        this(status, key, List.of(), args);
    }

    public Problem(HttpStatus status, String key, List<FieldProblem> fields, Object... args) {
        super(key, null, false, false);
        this.status = status;
        this.key = key;
        this.args = args;
        this.fields = List.copyOf(fields);
    }

    public static Problem notFound() {
        return new Problem(HttpStatus.NOT_FOUND, "platform.error.notFound");
    }

    public static Problem unauthorized() {
        return new Problem(HttpStatus.UNAUTHORIZED, "platform.error.unauthorized");
    }

    public static Problem forbidden() {
        return new Problem(HttpStatus.FORBIDDEN, "platform.error.forbidden");
    }

    public static Problem invalid(List<FieldProblem> fields) {
        return new Problem(HttpStatus.BAD_REQUEST, "platform.error.validation", fields);
    }

    public HttpStatus status() {
        return status;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldProblem> fields() {
        return fields;
    }

    /** One field at fault: its name and the message key that says what is wrong. */
    public record FieldProblem(String field, String key) {
    }
}
