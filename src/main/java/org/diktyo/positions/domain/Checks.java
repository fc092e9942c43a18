package org.diktyo.positions.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.diktyo.platform.PlausibleDates;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Problem.FieldProblem;

/** The checks of the positions' fields, each refusal naming its field. */
final class Checks {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

    private final List<FieldProblem> problems = new ArrayList<>();

    /** {@code value} stripped, or null when blank; a problem when required and blank, or longer than {@code max}. */
    String text(String field, String value, boolean required, int max) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "platform.error.required"));
            }
            return null;
        }
        if (text.length() > max) {
            problems.add(new FieldProblem(field, "positions.field.tooLong"));
        }
        return text;
    }

    void email(String field, String email) {
        if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
            problems.add(new FieldProblem(field, "positions.field.email"));
        }
    }

    void codes(String field, List<String> codes) {
        if (codes != null && (codes.size() > 50 || codes.stream().anyMatch(c -> c == null || !CODE.matcher(c).matches()))) {
            problems.add(new FieldProblem(field, "positions.field.codes"));
        }
    }

    /** A date within the plausible range; required when {@code required}. */
    LocalDate date(String field, LocalDate date, boolean required) {
        if (date == null) {
            if (required) {
                problems.add(new FieldProblem(field, "platform.error.required"));
            }
        } else if (!PlausibleDates.within(date)) {
            problems.add(new FieldProblem(field, PlausibleDates.KEY));
            return null;
        }
        return date;
    }

    void problem(String field, String key) {
        problems.add(new FieldProblem(field, key));
    }

    boolean ok(String field) {
        return problems.stream().noneMatch(p -> p.field().equals(field));
    }

    void done() {
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
    }
}
