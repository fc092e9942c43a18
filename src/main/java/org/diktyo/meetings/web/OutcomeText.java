package org.diktyo.meetings.web;

import java.util.Arrays;
import java.util.List;

import org.diktyo.meetings.domain.RecordOutcome;

/** The outcome form as typed: decisions one per line, the number present as text. */
public record OutcomeText(String minutesEl, String minutesEn, String numberPresent, String decisionsEl,
        String decisionsEn) {

    static OutcomeText of(RecordOutcome.OutcomeForm form) {
        return new OutcomeText(nz(form.minutesEl()), nz(form.minutesEn()),
                form.numberPresent() == null ? "" : form.numberPresent().toString(),
                String.join("\n", form.decisionsEl()), String.join("\n", form.decisionsEn()));
    }

    RecordOutcome.OutcomeForm form() {
        Integer present;
        try {
            present = numberPresent == null || numberPresent.isBlank() ? null : Integer.valueOf(numberPresent.trim());
        } catch (NumberFormatException e) {
            throw org.diktyo.platform.Problem.invalid(List.of(
                    new org.diktyo.platform.Problem.FieldProblem("numberPresent", "meetings.outcome.present.invalid")));
        }
        return new RecordOutcome.OutcomeForm(minutesEl, minutesEn, present, lines(decisionsEl), lines(decisionsEn));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\r?\n"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
