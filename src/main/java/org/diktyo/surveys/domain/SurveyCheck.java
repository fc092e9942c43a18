package org.diktyo.surveys.domain;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.diktyo.language.Bilingual;
import org.diktyo.platform.PlausibleDates;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Problem.FieldProblem;

/** Checks a survey as written and turns it into questions; every fault named by its field (400). */
final class SurveyCheck {

    static final int MAX_QUESTIONS = 50;
    static final int MAX_OPTIONS = 20;

    private SurveyCheck() {
    }

    static void survey(SurveyDraft d) {
        List<FieldProblem> faults = new ArrayList<>();
        text(faults, "titleEl", d.titleEl(), 300, true);
        text(faults, "titleEn", d.titleEn(), 300, false);
        text(faults, "introEl", d.introEl(), 5000, false);
        text(faults, "introEn", d.introEn(), 5000, false);
        if (d.opensOn() == null || !PlausibleDates.within(d.opensOn())) {
            faults.add(new FieldProblem("opensOn", d.opensOn() == null ? "surveys.field.date" : PlausibleDates.KEY));
        }
        if (d.closesOn() == null || !PlausibleDates.within(d.closesOn())) {
            faults.add(new FieldProblem("closesOn", d.closesOn() == null ? "surveys.field.date" : PlausibleDates.KEY));
        }
        boolean dates = d.opensOn() != null && d.closesOn() != null && PlausibleDates.within(d.opensOn())
                && PlausibleDates.within(d.closesOn());
        if (dates && (d.closesOn().isBefore(d.opensOn()) || ChronoUnit.DAYS.between(d.opensOn(), d.closesOn()) > 366)) {
            faults.add(new FieldProblem("closesOn", "surveys.field.periodInvalid"));
        }
        if (d.questions() != null && d.questions().size() > MAX_QUESTIONS) {
            faults.add(new FieldProblem("questions", "surveys.field.questions"));
        } else if (d.questions() != null) {
            for (int i = 0; i < d.questions().size(); i++) {
                faults.addAll(question("questions[" + i + "].", d.questions().get(i)));
            }
        }
        if (!faults.isEmpty()) {
            throw Problem.invalid(faults);
        }
    }

    /** The faults of one question, its fields named after {@code prefix}. */
    static List<FieldProblem> question(String prefix, SurveyDraft.QuestionDraft q) {
        List<FieldProblem> faults = new ArrayList<>();
        if (q == null) {
            faults.add(new FieldProblem(prefix + "textEl", "surveys.field.required"));
            return faults;
        }
        if (q.kind() == null) {
            faults.add(new FieldProblem(prefix + "kind", "surveys.field.kind"));
        }
        text(faults, prefix + "textEl", q.textEl(), 1000, true);
        text(faults, prefix + "textEn", q.textEn(), 1000, false);
        if (q.kind() != null && q.kind().choices()) {
            List<String> el = q.optionsEl() == null ? List.of() : q.optionsEl();
            List<String> en = q.optionsEn() == null ? List.of() : q.optionsEn();
            if (el.size() < 2 || el.size() > MAX_OPTIONS || el.stream().anyMatch(o -> o == null || o.isBlank() || !option(o))) {
                faults.add(new FieldProblem(prefix + "optionsEl", "surveys.field.options"));
            }
            if (!en.isEmpty() && (en.size() != el.size() || en.stream().anyMatch(o -> o == null || !option(o)))) {
                faults.add(new FieldProblem(prefix + "optionsEn", "surveys.field.optionsEn"));
            }
        }
        return faults;
    }

    static Question toQuestion(int number, SurveyDraft.QuestionDraft q) {
        List<Bilingual> options = new ArrayList<>();
        if (q.kind().choices()) {
            List<String> en = q.optionsEn() == null ? List.of() : q.optionsEn();
            for (int i = 0; i < q.optionsEl().size(); i++) {
                options.add(Bilingual.of(q.optionsEl().get(i).strip(), i < en.size() ? en.get(i).strip() : ""));
            }
        }
        return new Question(number, q.kind(), Bilingual.of(q.textEl().strip(), q.textEn() == null ? "" : q.textEn().strip()),
                options, q.required());
    }

    private static void text(List<FieldProblem> faults, String field, String value, int max, boolean required) {
        if (required && (value == null || value.isBlank())) {
            faults.add(new FieldProblem(field, "surveys.field.required"));
        } else if (value != null && value.length() > max) {
            faults.add(new FieldProblem(field, "surveys.field.tooLong"));
        }
    }

    /** An option is one line of at most 180 characters (the options are stored one per line). */
    private static boolean option(String o) {
        return o.length() <= 180 && o.indexOf('\n') < 0 && o.indexOf('\r') < 0;
    }

    static String plain(String value) {
        return value == null ? "" : value.strip();
    }
}
