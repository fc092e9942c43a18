package org.diktyo.drafting.domain;

import java.util.ArrayList;
import java.util.List;

import org.diktyo.drafting.ClauseMarkdown;
import org.diktyo.language.Bilingual;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Problem.FieldProblem;

/** What every clause and proposed clause must be: a Greek heading or text within bounds, no HTML. */
final class ClauseChecks {

    static final int MAX_TEXT = 20_000;
    static final int MAX_HEADING = 500;

    private ClauseChecks() {
    }

    /** Refuses with every field named; {@code textRequired} is false for a deletion. */
    static void check(Bilingual heading, Bilingual text, boolean textRequired) {
        List<FieldProblem> problems = new ArrayList<>();
        if (textRequired && blank(text.el())) {
            problems.add(new FieldProblem("textEl", "platform.error.required"));
        }
        length(problems, "headingEl", heading.el(), MAX_HEADING, "drafting.heading.tooLong");
        length(problems, "headingEn", heading.en(), MAX_HEADING, "drafting.heading.tooLong");
        length(problems, "textEl", text.el(), MAX_TEXT, "drafting.text.tooLong");
        length(problems, "textEn", text.en(), MAX_TEXT, "drafting.text.tooLong");
        html(problems, "headingEl", heading.el());
        html(problems, "headingEn", heading.en());
        html(problems, "textEl", text.el());
        html(problems, "textEn", text.en());
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static void length(List<FieldProblem> problems, String field, String text, int max, String key) {
        if (text != null && text.length() > max) {
            problems.add(new FieldProblem(field, key));
        }
    }

    private static void html(List<FieldProblem> problems, String field, String text) {
        if (text != null && ClauseMarkdown.hasHtml(text)) {
            problems.add(new FieldProblem(field, "drafting.text.html"));
        }
    }
}
