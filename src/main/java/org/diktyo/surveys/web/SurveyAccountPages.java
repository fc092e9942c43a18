package org.diktyo.surveys.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diktyo.network.Registry;
import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.diktyo.surveys.domain.AnswerSurvey;
import org.diktyo.surveys.domain.ReadSurveys;
import org.diktyo.surveys.domain.Response;
import org.diktyo.surveys.domain.Survey;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/surveys}: a focal point's surveys to answer, and {@code /account/surveys/{id}}
 * the form of its municipality's response, saved as a whole and changed until the close. A
 * refused form comes back with every value given and the reasons beside the questions.
 */
@Controller
class SurveyAccountPages {

    private final ReadSurveys read;
    private final AnswerSurvey answer;
    private final Registry registry;
    private final ViewerResolver viewers;
    private final MessageSource messages;

    SurveyAccountPages(ReadSurveys read, AnswerSurvey answer, Registry registry, ViewerResolver viewers,
            MessageSource messages) {
        this.read = read;
        this.answer = answer;
        this.registry = registry;
        this.viewers = viewers;
        this.messages = messages;
    }

    @GetMapping("/account/surveys")
    String list(Model model, Locale locale) {
        model.addAttribute("view", new SurveyViews.ListPage(read.toAnswer().stream()
                .map(t -> SurveyViews.Row.of(t.survey(), read.now(), t.answeredAt(), locale)).toList()));
        return "surveys/toAnswer";
    }

    @GetMapping("/account/surveys/{surveyId}")
    String form(@PathVariable String surveyId, Model model, Locale locale) {
        Viewer viewer = viewers.current();
        if (viewer.municipalityId() == null) {
            return "redirect:/admin/surveys/" + read.get(surveyId).id();
        }
        return show(surveyId, viewer.municipalityId(), null, FormErrors.NONE, null, model, locale);
    }

    @PostMapping("/account/surveys/{surveyId}")
    String answer(@PathVariable String surveyId, @RequestParam MultiValueMap<String, String> form, Model model,
            Locale locale, RedirectAttributes redirect) {
        String municipality = viewers.current().municipalityId();
        Map<Integer, List<String>> given = SurveyForms.given(form);
        try {
            answer.answer(surveyId, municipality, given);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(surveyId, municipality, given,
                    problem.fields().isEmpty() ? FormErrors.NONE : FormErrors.of(problem),
                    problem.fields().isEmpty() ? messages.getMessage(problem.key(), problem.args(), locale) : null,
                    model, locale));
        }
        Notices.confirm(redirect, "surveys.notice.answered");
        return "redirect:/account/surveys/" + surveyId;
    }

    private String show(String surveyId, String municipality, Map<Integer, List<String>> given, FormErrors errors,
            String refusal, Model model, Locale locale) {
        Survey s = read.get(surveyId);
        Response r = answer.response(surveyId, municipality).orElse(null);
        String name = registry.names(municipality).map(n -> n.officialName().in(locale)).orElse(municipality);
        model.addAttribute("view", SurveyViews.answerPage(s, name, r, given, "/account/surveys/" + surveyId, read.now(),
                errors, refusal, locale));
        return "surveys/answer";
    }
}
