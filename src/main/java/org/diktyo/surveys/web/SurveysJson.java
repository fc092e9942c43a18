package org.diktyo.surveys.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.diktyo.language.Bilingual;
import org.diktyo.surveys.domain.Audience;
import org.diktyo.surveys.domain.Question;
import org.diktyo.surveys.domain.QuestionKind;
import org.diktyo.surveys.domain.ReadSurveys;
import org.diktyo.surveys.domain.Response;
import org.diktyo.surveys.domain.SummariseResults;
import org.diktyo.surveys.domain.Survey;
import org.diktyo.surveys.domain.SurveyDraft;

/** The surveys' JSON: field pairs for the two languages; names begin with {@code Survey} so that the API's schemas stay unique. */
final class SurveysJson {

    private SurveysJson() {
    }

    /** A question: its kind, text, options (for SINGLE and MULTI, 2 to 20, one line each; English as many or none), required or not. */
    record SurveyQuestionIn(@NotNull QuestionKind kind, @NotBlank String textEl, String textEn, List<String> optionsEl,
            List<String> optionsEn, Boolean required) {
        SurveyDraft.QuestionDraft draft() {
            return new SurveyDraft.QuestionDraft(kind, textEl, textEn, optionsEl, optionsEn, Boolean.TRUE.equals(required));
        }
    }

    /** A survey: answered from the start of {@code opensOn} to the end of {@code closesOn} (Athens); MEMBERS by default. */
    record SurveyIn(@NotBlank String titleEl, String titleEn, String introEl, String introEn, Audience audience,
            @NotNull LocalDate opensOn, @NotNull LocalDate closesOn, List<SurveyQuestionIn> questions) {
        SurveyDraft draft() {
            return new SurveyDraft(titleEl, titleEn, introEl, introEn, audience, opensOn, closesOn,
                    questions == null ? null : questions.stream().map(q -> q == null ? null : q.draft()).toList());
        }
    }

    /** An answer: the question's number; the options' numbers from 0 (SINGLE, MULTI), or the value (SCALE 1–5, NUMBER, TEXT). */
    record SurveyAnswerIn(@NotNull Integer question, List<Integer> choices, String value) {
    }

    /** A municipality's whole response; it replaces the one given before. */
    record SurveyResponseIn(@NotNull List<SurveyAnswerIn> answers) {
        Map<Integer, List<String>> given() {
            if (answers == null) {
                return null;
            }
            Map<Integer, List<String>> given = new LinkedHashMap<>();
            for (SurveyAnswerIn a : answers) {
                if (a == null) {
                    continue;
                }
                List<String> values = given.computeIfAbsent(a.question() == null ? 0 : a.question(), k -> new ArrayList<>());
                if (a.choices() != null) {
                    a.choices().forEach(c -> values.add(c == null ? "" : String.valueOf(c)));
                }
                if (a.value() != null) {
                    values.add(a.value());
                }
            }
            return given;
        }
    }

    record SurveyQuestionOut(int number, String kind, String textEl, String textEn, List<String> optionsEl,
            List<String> optionsEn, boolean required) {
        static SurveyQuestionOut of(Question q) {
            return new SurveyQuestionOut(q.number(), q.kind().name(), q.text().el(), q.text().en(),
                    q.options().stream().map(Bilingual::el).toList(), q.options().stream().map(Bilingual::en).toList(),
                    q.required());
        }
    }

    record SurveyOut(String id, String titleEl, String titleEn, String introEl, String introEn, String audience,
            LocalDate opensOn, LocalDate closesOn, String state, String phase, boolean resultsShared, int version,
            List<SurveyQuestionOut> questions) {
        static SurveyOut of(Survey s, Instant now) {
            return new SurveyOut(s.id(), s.title().el(), s.title().en(), s.intro().el(), s.intro().en(),
                    s.audience().name(), s.opensOn(), s.closesOn(), s.state().name(), s.phase(now).name(),
                    s.resultsShared(), s.version(), s.questions().stream().map(SurveyQuestionOut::of).toList());
        }
    }

    record SurveyListOut(List<SurveyOut> items, int total) {
    }

    record SurveyAnswerOut(int question, List<Integer> choices, String value) {
    }

    record SurveyResponseOut(String surveyId, String municipalityId, Instant firstAt, Instant submittedAt, int changes,
            List<SurveyAnswerOut> answers) {
        static SurveyResponseOut of(Response r, Survey s) {
            List<SurveyAnswerOut> answers = new ArrayList<>();
            for (Question q : s.questions()) {
                String a = r.answers().get(q.number());
                if (a != null) {
                    answers.add(q.kind().choices() ? new SurveyAnswerOut(q.number(), r.choices(q.number()), null)
                            : new SurveyAnswerOut(q.number(), null, a));
                }
            }
            return new SurveyResponseOut(r.surveyId(), r.municipalityId(), r.firstAt(), r.submittedAt(), r.changes(), answers);
        }
    }

    record SurveyProgressOut(String municipalityId, String nameEl, String nameEn, Instant answeredAt, int changes) {
        static SurveyProgressOut of(ReadSurveys.Progress p) {
            return new SurveyProgressOut(p.municipalityId(), p.name().el(), p.name().en(), p.answeredAt(), p.changes());
        }
    }

    record SurveyCountOut(String labelEl, String labelEn, int count) {
    }

    record SurveyTextOut(String municipalityEl, String municipalityEn, String text) {
    }

    record SurveyQuestionResultOut(int number, String kind, String textEl, String textEn, int answered,
            List<SurveyCountOut> counts, Double mean, BigDecimal min, BigDecimal max, List<SurveyTextOut> texts) {
        static SurveyQuestionResultOut of(SummariseResults.QuestionResult r) {
            Question q = r.question();
            List<SurveyCountOut> counts = new ArrayList<>();
            for (int i = 0; i < r.counts().size(); i++) {
                Bilingual label = q.kind() == QuestionKind.SCALE ? Bilingual.of(String.valueOf(i + 1), String.valueOf(i + 1))
                        : q.options().get(i);
                counts.add(new SurveyCountOut(label.el(), label.en(), r.counts().get(i)));
            }
            return new SurveyQuestionResultOut(q.number(), q.kind().name(), q.text().el(), q.text().en(), r.answered(),
                    counts, r.mean(), r.min(), r.max(), r.texts().stream()
                            .map(t -> new SurveyTextOut(t.municipality().el(), t.municipality().en(), t.text())).toList());
        }
    }

    record SurveyResultsOut(String surveyId, int respondents, Integer asked, List<SurveyQuestionResultOut> questions) {
        static SurveyResultsOut of(SummariseResults.Results r) {
            return new SurveyResultsOut(r.survey().id(), r.respondents(), r.withText() ? r.asked() : null,
                    r.questions().stream().map(SurveyQuestionResultOut::of).toList());
        }
    }
}
