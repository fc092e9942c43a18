package org.diktyo.meetings.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.diktyo.platform.Problem;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Values typed into a form that could not even be read (letters in a number, a date that is
 * not one): each reported on its field, together with what else is wrong with the form, so
 * that nothing is silently dropped.
 */
final class Bindings {

    private Bindings() {
    }

    /** Whether the user typed something that could not be read (a field left out is the form's own business). */
    static boolean typed(FieldError error) {
        return error.getRejectedValue() != null && !String.valueOf(error.getRejectedValue()).isBlank();
    }

    /** {@code binding}'s unreadable fields (with {@code keys}' message, else a general one), then {@code others}. */
    static List<Problem.FieldProblem> merge(BindingResult binding, Map<String, String> keys,
            List<Problem.FieldProblem> others) {
        List<Problem.FieldProblem> problems = new ArrayList<>();
        binding.getFieldErrors().stream().filter(Bindings::typed).forEach(error -> problems.add(
                new Problem.FieldProblem(error.getField(), keys.getOrDefault(error.getField(), "meetings.field.invalid"))));
        others.stream().filter(o -> problems.stream().noneMatch(p -> p.field().equals(o.field())))
                .forEach(problems::add);
        return problems;
    }
}
