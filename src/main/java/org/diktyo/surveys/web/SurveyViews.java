package org.diktyo.surveys.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diktyo.language.DatePhrases;
import org.diktyo.platform.FormErrors;
import org.diktyo.surveys.domain.Question;
import org.diktyo.surveys.domain.QuestionKind;
import org.diktyo.surveys.domain.Response;
import org.diktyo.surveys.domain.Survey;

/** What the surveys' pages show, every string already in the reader's language. */
public final class SurveyViews {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d/M/yyyy HH:mm").withZone(Survey.ATHENS);

    private SurveyViews() {
    }

    /** A choice of a question: its value, its label, whether it is chosen. */
    public record OptionView(String value, String label, boolean checked) {
    }

    /**
     * A question of the form: its field name ({@code q3}), kind, text, whether required, its options
     * (choices and the scale's points) and its value (number, text), and the message key of its error.
     */
    public record QuestionView(String name, int number, String kind, String text, boolean required,
            List<OptionView> options, String value, String error) {
    }

    /** The answer form, by a focal point ({@code action} under /account) or a personal link. */
    public record AnswerPage(String title, String intro, String municipality, String phase, String closes, String opens,
            String answeredAt, String action, List<QuestionView> questions, boolean open, FormErrors errors,
            String refusal) {
    }

    /** A row of a list of surveys. */
    public record Row(String id, String title, String phase, String opens, String closes, String answeredAt,
            boolean resultsShared) {
        static Row of(Survey s, Instant now, Instant answeredAt, Locale locale) {
            return new Row(s.id(), s.title().in(locale), s.phase(now).name(), DatePhrases.plain(s.opensOn(), locale),
                    DatePhrases.plain(s.closesOn(), locale), answeredAt == null ? null : WHEN.format(answeredAt),
                    s.resultsShared());
        }
    }

    public record ListPage(List<Row> rows) {
    }

    /** A question's results as shown: its chart and table (safe HTML, every text escaped), its figures, its texts. */
    public record ResultView(int number, String text, String kind, int answered, String svg, String table, String mean,
            String min, String max, List<TextView> texts) {
    }

    public record TextView(String municipality, String text) {
    }

    public record ResultsPage(String id, String title, int respondents, Integer asked, List<ResultView> questions,
            boolean withText) {
    }

    /** The values given, by question number: what the form shows back after a refusal, or the stored response. */
    static Map<Integer, List<String>> values(Survey s, Response r) {
        Map<Integer, List<String>> values = new java.util.HashMap<>();
        if (r == null) {
            return values;
        }
        for (Question q : s.questions()) {
            String a = r.answers().get(q.number());
            if (a != null) {
                values.put(q.number(), q.kind().choices() ? r.choices(q.number()).stream().map(String::valueOf).toList()
                        : List.of(a));
            }
        }
        return values;
    }

    static List<QuestionView> questions(Survey s, Map<Integer, List<String>> values, FormErrors errors, Locale locale) {
        List<QuestionView> views = new ArrayList<>();
        for (Question q : s.questions()) {
            String name = "q" + q.number();
            List<String> given = values.getOrDefault(q.number(), List.of());
            List<OptionView> options = new ArrayList<>();
            if (q.kind().choices()) {
                for (int i = 0; i < q.options().size(); i++) {
                    options.add(new OptionView(String.valueOf(i), q.options().get(i).in(locale), given.contains(String.valueOf(i))));
                }
            } else if (q.kind() == QuestionKind.SCALE) {
                for (int i = 1; i <= 5; i++) {
                    options.add(new OptionView(String.valueOf(i), String.valueOf(i), given.contains(String.valueOf(i))));
                }
            }
            String value = q.kind().choices() || q.kind() == QuestionKind.SCALE || given.isEmpty() ? "" : given.get(0);
            views.add(new QuestionView(name, q.number(), q.kind().name(), q.text().in(locale), q.required(), options,
                    value, errors.key(name)));
        }
        return views;
    }

    static AnswerPage answerPage(Survey s, String municipality, Response r, Map<Integer, List<String>> values,
            String action, Instant now, FormErrors errors, String refusal, Locale locale) {
        return new AnswerPage(s.title().in(locale), s.intro().in(locale), municipality, s.phase(now).name(),
                DatePhrases.afterPreposition(s.closesOn(), locale), DatePhrases.afterPreposition(s.opensOn(), locale),
                r == null ? null : WHEN.format(r.submittedAt()), action,
                questions(s, values == null ? values(s, r) : values, errors, locale),
                s.phase(now) == org.diktyo.surveys.domain.Phase.OPEN, errors, refusal);
    }
}
