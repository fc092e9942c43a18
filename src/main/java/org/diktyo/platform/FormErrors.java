package org.diktyo.platform;

import java.util.List;

/** The fields at fault in a submitted form, for the error summary and the inline messages. */
public record FormErrors(List<Problem.FieldProblem> fields) {

    public static final FormErrors NONE = new FormErrors(List.of());

    public static FormErrors of(Problem problem) {
        return new FormErrors(problem.fields());
    }

    public boolean any() {
        return !fields.isEmpty();
    }

    public boolean has(String field) {
        return fields.stream().anyMatch(f -> f.field().equals(field));
    }

    /** The message key for {@code field}, or {@code null}. */
    public String key(String field) {
        return fields.stream().filter(f -> f.field().equals(field)).map(Problem.FieldProblem::key).findFirst()
                .orElse(null);
    }
}
