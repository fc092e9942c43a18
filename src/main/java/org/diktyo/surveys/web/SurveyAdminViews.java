package org.diktyo.surveys.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Problem;
import org.diktyo.surveys.domain.Audience;
import org.diktyo.surveys.domain.QuestionKind;
import org.diktyo.surveys.domain.ReadSurveys;
import org.diktyo.surveys.domain.Survey;
import org.diktyo.surveys.domain.SurveyDraft;

/** What the secretariat's survey pages show and read back: the forms as typed, the survey, who answered. */
public final class SurveyAdminViews {

    private SurveyAdminViews() {
    }

    /** The survey's form as typed (dates as text, so that a wrong one comes back as it was). */
    public record SurveyForm(String titleEl, String titleEn, String introEl, String introEn, String audience,
            String opensOn, String closesOn) {

        static final SurveyForm EMPTY = new SurveyForm("", "", "", "", Audience.MEMBERS.name(), "", "");

        static SurveyForm of(Survey s) {
            return new SurveyForm(s.title().el(), s.title().en(), s.intro().el(), s.intro().en(), s.audience().name(),
                    s.opensOn().toString(), s.closesOn().toString());
        }

        /** The draft, or a 400 naming the dates that are not dates. */
        SurveyDraft draft(List<SurveyDraft.QuestionDraft> questions) {
            List<Problem.FieldProblem> faults = new ArrayList<>();
            LocalDate opens = date("opensOn", opensOn, faults);
            LocalDate closes = date("closesOn", closesOn, faults);
            Audience a = Arrays.stream(Audience.values()).filter(v -> v.name().equals(audience)).findFirst().orElse(null);
            if (a == null) {
                faults.add(new Problem.FieldProblem("audience", "surveys.field.audience"));
            }
            if (!faults.isEmpty()) {
                throw Problem.invalid(faults);
            }
            return new SurveyDraft(titleEl, titleEn, introEl, introEn, a, opens, closes, questions);
        }

        private static LocalDate date(String field, String value, List<Problem.FieldProblem> faults) {
            try {
                return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                faults.add(new Problem.FieldProblem(field, "surveys.field.date"));
                return null;
            }
        }
    }

    /** A new question as typed: options one per line. */
    public record QuestionForm(String kind, String textEl, String textEn, String optionsEl, String optionsEn,
            Boolean required) {

        static final QuestionForm EMPTY = new QuestionForm(QuestionKind.SINGLE.name(), "", "", "", "", true);

        SurveyDraft.QuestionDraft draft() {
            QuestionKind k = Arrays.stream(QuestionKind.values()).filter(v -> v.name().equals(kind)).findFirst().orElse(null);
            return new SurveyDraft.QuestionDraft(k, textEl, textEn, lines(optionsEl), lines(optionsEn), Boolean.TRUE.equals(required));
        }

        private static List<String> lines(String text) {
            return text == null || text.isBlank() ? List.of()
                    : Arrays.stream(text.split("\r?\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }

    /** A question as listed: number, kind, text, options, required. */
    public record QuestionLine(int number, String kind, String text, List<String> options, boolean required) {
    }

    /** A municipality asked: its name and when it answered (or null). */
    public record ProgressLine(String name, String answeredAt) {
    }

    /** The survey's page. */
    public record SurveyPage(String id, String title, String phase, String period, boolean changeable, boolean draft,
            boolean shareable, boolean shared, List<QuestionLine> questions, List<ProgressLine> progress, int answered,
            SurveyForm form, FormErrors formErrors, QuestionForm question, FormErrors questionErrors, String refusal) {
    }

    /** The list of surveys and the form of a new one. */
    public record ListPage(List<SurveyViews.Row> rows, SurveyForm form, FormErrors errors) {
    }

    /** The values of an enum with their labels ({@code prefix} + name), in order: a select's options. */
    public static java.util.Map<String, String> choices(org.diktyo.platform.Ui ui, String prefix, Enum<?>[] values) {
        java.util.Map<String, String> choices = new java.util.LinkedHashMap<>();
        for (Enum<?> v : values) {
            choices.put(v.name(), ui.t(prefix + v.name()));
        }
        return choices;
    }

    static List<QuestionLine> questions(Survey s, Locale locale) {
        return s.questions().stream().map(q -> new QuestionLine(q.number(), q.kind().name(), q.text().in(locale),
                q.options().stream().map(o -> o.in(locale)).toList(), q.required())).toList();
    }

    static List<ProgressLine> progress(List<ReadSurveys.Progress> progress, Locale locale) {
        return progress.stream().map(p -> new ProgressLine(p.name().in(locale),
                p.answeredAt() == null ? null : SurveyViews.WHEN.format(p.answeredAt()))).toList();
    }

    static boolean shareable(Survey s, Instant now) {
        return s.phase(now) == org.diktyo.surveys.domain.Phase.CLOSED && !s.resultsShared();
    }
}
