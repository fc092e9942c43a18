package org.diktyo.platform;

import java.util.List;

/**
 * What is wrong with a submitted form: the fields at fault, for the error summary and the
 * inline messages, and a message about the form as a whole where no one field is to blame.
 */
public record FormErrors(List<Problem.FieldProblem> fields, String summaryKey) {

    public static final FormErrors NONE = new FormErrors(List.of(), null);

    public static FormErrors of(Problem problem) {
        return new FormErrors(problem.fields(), problem.fields().isEmpty() ? problem.key() : null);
    }

    public boolean any() {
        return !fields.isEmpty() || summaryKey != null;
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
