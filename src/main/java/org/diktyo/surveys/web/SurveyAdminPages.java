package org.diktyo.surveys.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.diktyo.language.DatePhrases;
import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.diktyo.surveys.domain.DraftSurveys;
import org.diktyo.surveys.domain.ReadSurveys;
import org.diktyo.surveys.domain.Survey;
import org.diktyo.surveys.domain.SurveyState;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/surveys}: every survey and the form of a new one; {@code /admin/surveys/{id}}: the
 * survey's fields and questions (changed until the first response), publishing, sharing the
 * results once closed, and who has answered. Partners read; only the secretariat changes.
 */
@Controller
class SurveyAdminPages {

    private final DraftSurveys draft;
    private final ReadSurveys read;
    private final MessageSource messages;

    SurveyAdminPages(DraftSurveys draft, ReadSurveys read, MessageSource messages) {
        this.draft = draft;
        this.read = read;
        this.messages = messages;
    }

    @GetMapping("/admin/surveys")
    String list(Model model, Locale locale) {
        return list(model, locale, SurveyAdminViews.SurveyForm.EMPTY, FormErrors.NONE);
    }

    @PostMapping("/admin/surveys")
    String create(@ModelAttribute SurveyAdminViews.SurveyForm form, Model model, Locale locale) {
        draft.allowed();
        try {
            return "redirect:/admin/surveys/" + draft.create(form.draft(List.of())).id();
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> list(model, locale, form, FormErrors.of(problem)));
        }
    }

    @GetMapping("/admin/surveys/{surveyId}")
    String survey(@PathVariable String surveyId, Model model, Locale locale) {
        return show(surveyId, model, locale, null, FormErrors.NONE, null, FormErrors.NONE, null);
    }

    @PostMapping("/admin/surveys/{surveyId}")
    String update(@PathVariable String surveyId, @ModelAttribute SurveyAdminViews.SurveyForm form, Model model,
            Locale locale, RedirectAttributes redirect) {
        draft.allowed();
        return act(surveyId, () -> draft.update(surveyId, form.draft(null)), "surveys.notice.saved", redirect,
                problem -> show(surveyId, model, locale, form, FormErrors.of(problem), null, FormErrors.NONE, null));
    }

    @PostMapping("/admin/surveys/{surveyId}/questions")
    String addQuestion(@PathVariable String surveyId, @ModelAttribute SurveyAdminViews.QuestionForm question, Model model,
            Locale locale, RedirectAttributes redirect) {
        draft.allowed();
        return act(surveyId, () -> draft.addQuestion(surveyId, question.draft()), "surveys.notice.questionAdded", redirect,
                problem -> show(surveyId, model, locale, null, FormErrors.NONE, question,
                        problem.fields().isEmpty() ? FormErrors.NONE : FormErrors.of(problem),
                        problem.fields().isEmpty() ? message(problem, locale) : null));
    }

    @PostMapping("/admin/surveys/{surveyId}/questions/{number}/remove")
    String removeQuestion(@PathVariable String surveyId, @PathVariable int number, Model model, Locale locale,
            RedirectAttributes redirect) {
        return act(surveyId, () -> draft.removeQuestion(surveyId, number), "surveys.notice.questionRemoved", redirect,
                problem -> refused(surveyId, model, locale, problem));
    }

    @PostMapping("/admin/surveys/{surveyId}/publish")
    String publish(@PathVariable String surveyId, Model model, Locale locale, RedirectAttributes redirect) {
        return act(surveyId, () -> draft.publish(surveyId), "surveys.notice.published", redirect,
                problem -> refused(surveyId, model, locale, problem));
    }

    @PostMapping("/admin/surveys/{surveyId}/share")
    String share(@PathVariable String surveyId, Model model, Locale locale, RedirectAttributes redirect) {
        return act(surveyId, () -> draft.share(surveyId), "surveys.notice.shared", redirect,
                problem -> refused(surveyId, model, locale, problem));
    }

    private String act(String surveyId, Supplier<Survey> work, String notice, RedirectAttributes redirect,
            java.util.function.Function<Problem, String> refused) {
        try {
            work.get();
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> refused.apply(problem));
        }
        Notices.confirm(redirect, notice);
        return "redirect:/admin/surveys/" + surveyId;
    }

    private String refused(String surveyId, Model model, Locale locale, Problem problem) {
        return show(surveyId, model, locale, null, FormErrors.NONE, null, FormErrors.NONE, message(problem, locale));
    }

    private String message(Problem problem, Locale locale) {
        return messages.getMessage(problem.key(), problem.args(), locale);
    }

    private String list(Model model, Locale locale, SurveyAdminViews.SurveyForm form, FormErrors errors) {
        List<SurveyViews.Row> rows = read.forStaff().stream().map(s -> SurveyViews.Row.of(s, read.now(), null, locale)).toList();
        model.addAttribute("view", new SurveyAdminViews.ListPage(rows, form, errors));
        return "surveys/admin";
    }

    private String show(String id, Model model, Locale locale, SurveyAdminViews.SurveyForm form, FormErrors formErrors,
            SurveyAdminViews.QuestionForm question, FormErrors questionErrors, String refusal) {
        Survey s = read.get(id);
        List<org.diktyo.surveys.domain.ReadSurveys.Progress> progress = read.progress(id);
        int answered = (int) progress.stream().filter(p -> p.answeredAt() != null).count();
        model.addAttribute("view", new SurveyAdminViews.SurveyPage(s.id(), s.title().in(locale), s.phase(read.now()).name(),
                messages.getMessage("surveys.period", new Object[] {DatePhrases.plain(s.opensOn(), locale),
                    DatePhrases.plain(s.closesOn(), locale)}, locale),
                answered == 0, s.state() == SurveyState.DRAFT, SurveyAdminViews.shareable(s, read.now()), s.resultsShared(),
                SurveyAdminViews.questions(s, locale), SurveyAdminViews.progress(progress, locale), answered,
                form == null ? SurveyAdminViews.SurveyForm.of(s) : form, formErrors,
                question == null ? SurveyAdminViews.QuestionForm.EMPTY : question, questionErrors, refusal));
        return "surveys/survey";
    }
}
