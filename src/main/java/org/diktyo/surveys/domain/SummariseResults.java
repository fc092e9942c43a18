package org.diktyo.surveys.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.diktyo.language.Bilingual;
import org.diktyo.network.Registry;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survey's results: per question, how many answered it, the count of each option (or of each
 * point of the scale), the mean of a scale or a number; the free text, with the municipality that
 * wrote it, for the secretariat and the partners only. A focal point reads the counts once the
 * secretariat has shared them.
 */
@Service
public class SummariseResults {

    /** One free-text answer and who gave it. */
    public record Text(Bilingual municipality, String text) {
    }

    /**
     * A question's figures: {@code counts} per option, or per point 1–5 of a scale; {@code mean}
     * of a scale or number (null without answers); {@code min}, {@code max} of a number; texts.
     */
    public record QuestionResult(Question question, int answered, List<Integer> counts, Double mean, BigDecimal min,
            BigDecimal max, List<Text> texts) {
    }

    /** The results: how many answered of how many asked (today), each question's figures, and whether free text is shown. */
    public record Results(Survey survey, int respondents, int asked, List<QuestionResult> questions, boolean withText) {
    }

    private final ReadSurveys read;
    private final SurveyResponseStore responses;
    private final Registry registry;
    private final ViewerResolver viewers;

    SummariseResults(ReadSurveys read, SurveyResponseStore responses, Registry registry, ViewerResolver viewers) {
        this.read = read;
        this.responses = responses;
        this.registry = registry;
        this.viewers = viewers;
    }

    @Transactional(readOnly = true)
    public Results results(String id) {
        Viewer viewer = viewers.current();
        Survey s = read.get(id);
        if (!viewer.staff() && !(s.resultsShared() && viewer.municipalityId() != null)) {
            throw Problem.forbidden();
        }
        boolean withText = viewer.staff();
        List<Response> all = responses.of(id);
        List<QuestionResult> results = new ArrayList<>();
        for (Question q : s.questions()) {
            results.add(result(q, all, withText));
        }
        int asked = viewer.staff() ? read.progress(id).size() : 0;
        return new Results(s, all.size(), asked, results, withText);
    }

    private QuestionResult result(Question q, List<Response> all, boolean withText) {
        int size = q.kind() == QuestionKind.SCALE ? 5 : q.options().size();
        int[] counts = new int[size];
        int answered = 0;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal min = null;
        BigDecimal max = null;
        List<Text> texts = new ArrayList<>();
        for (Response r : all) {
            String a = r.answers().get(q.number());
            if (a == null) {
                continue;
            }
            answered++;
            switch (q.kind()) {
                case SINGLE, MULTI -> Answers.chosen(a).stream().filter(i -> i < size).forEach(i -> counts[i]++);
                case SCALE -> {
                    counts[Integer.parseInt(a) - 1]++;
                    sum = sum.add(new BigDecimal(a));
                }
                case NUMBER -> {
                    BigDecimal n = new BigDecimal(a);
                    sum = sum.add(n);
                    min = min == null || n.compareTo(min) < 0 ? n : min;
                    max = max == null || n.compareTo(max) > 0 ? n : max;
                }
                case TEXT -> {
                    if (withText) {
                        texts.add(new Text(registry.names(r.municipalityId()).map(Registry.MunicipalityNames::officialName)
                                .orElse(Bilingual.of(r.municipalityId(), r.municipalityId())), a));
                    }
                }
            }
        }
        Double mean = (q.kind() == QuestionKind.SCALE || q.kind() == QuestionKind.NUMBER) && answered > 0
                ? sum.doubleValue() / answered : null;
        List<Integer> list = new ArrayList<>();
        for (int c : counts) {
            list.add(c);
        }
        return new QuestionResult(q, answered, list, mean, min, max, texts);
    }
}
