package org.diktyo.surveys.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diktyo.platform.charts.BarChart;
import org.diktyo.surveys.domain.QuestionKind;
import org.diktyo.surveys.domain.SummariseResults;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /account/surveys/{id}/results}: a survey's results, each question's counts drawn as a
 * bar chart (SVG made here, no JavaScript) with the same figures as a table beneath; means of
 * scales and numbers; free text with who wrote it for the secretariat and the partners only.
 */
@Controller
class SurveyResultsPages {

    private final SummariseResults results;
    private final MessageSource messages;

    SurveyResultsPages(SummariseResults results, MessageSource messages) {
        this.results = results;
        this.messages = messages;
    }

    @GetMapping("/account/surveys/{surveyId}/results")
    String results(@PathVariable String surveyId, Model model, Locale locale) {
        SummariseResults.Results r = results.results(surveyId);
        List<SurveyViews.ResultView> views = new ArrayList<>();
        for (SummariseResults.QuestionResult q : r.questions()) {
            views.add(view(q, locale));
        }
        model.addAttribute("view", new SurveyViews.ResultsPage(r.survey().id(), r.survey().title().in(locale), r.respondents(),
                r.withText() ? r.asked() : null, views, r.withText()));
        return "surveys/results";
    }

    private SurveyViews.ResultView view(SummariseResults.QuestionResult q, Locale locale) {
        QuestionKind kind = q.question().kind();
        String text = q.question().text().in(locale);
        String svg = null;
        String table = null;
        if (kind.choices() || kind == QuestionKind.SCALE) {
            List<BarChart.Bar> bars = new ArrayList<>();
            for (int i = 0; i < q.counts().size(); i++) {
                String label = kind == QuestionKind.SCALE ? String.valueOf(i + 1) : q.question().options().get(i).in(locale);
                bars.add(new BarChart.Bar(label, q.counts().get(i)));
            }
            BarChart chart = new BarChart("chart-q" + q.question().number(), q.question().number() + ". " + text,
                    messages.getMessage("surveys.results.chartDesc", new Object[] {q.answered()}, locale), bars, locale);
            svg = chart.svg();
            table = chart.table(messages.getMessage(kind == QuestionKind.SCALE ? "surveys.results.point"
                    : "surveys.results.option", null, locale), messages.getMessage("surveys.results.count", null, locale));
        }
        return new SurveyViews.ResultView(q.question().number(), text, kind.name(), q.answered(), svg, table, number(q.mean(), locale),
                number(q.min(), locale), number(q.max(), locale), q.texts().stream()
                        .map(t -> new SurveyViews.TextView(t.municipality().in(locale), t.text())).toList());
    }

    private static String number(Object n, Locale locale) {
        if (n == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(n instanceof BigDecimal ? 4 : 1);
        return format.format(n instanceof BigDecimal b ? b : ((Number) n).doubleValue());
    }
}
