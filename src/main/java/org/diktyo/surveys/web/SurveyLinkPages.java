package org.diktyo.surveys.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.diktyo.links.LinkGuesses;
import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.diktyo.surveys.domain.AnswerByLink;
import org.diktyo.surveys.domain.ReadSurveys;
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
 * {@code /surveys/answer/{token}}: the page a municipality's mailed link opens, without an
 * account: the same form as the focal point's, saved for the link's municipality only.
 */
@Controller
class SurveyLinkPages {

    private final AnswerByLink link;
    private final ReadSurveys read;
    private final LinkGuesses guesses;
    private final MessageSource messages;

    SurveyLinkPages(AnswerByLink link, ReadSurveys read, LinkGuesses guesses, MessageSource messages) {
        this.link = link;
        this.read = read;
        this.guesses = guesses;
        this.messages = messages;
    }

    @GetMapping("/surveys/answer/{answerToken}")
    String page(@PathVariable String answerToken, Model model, Locale locale, HttpServletRequest request) {
        return show(answerToken, null, FormErrors.NONE, null, model, locale, request);
    }

    @PostMapping("/surveys/answer/{answerToken}")
    String answer(@PathVariable String answerToken, @RequestParam MultiValueMap<String, String> form, Model model,
            Locale locale, HttpServletRequest request, RedirectAttributes redirect) {
        Map<Integer, List<String>> given = SurveyForms.given(form);
        try {
            guesses.guarded(request, () -> link.answer(answerToken, given));
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(answerToken, given,
                    problem.fields().isEmpty() ? FormErrors.NONE : FormErrors.of(problem),
                    problem.fields().isEmpty() ? messages.getMessage(problem.key(), problem.args(), locale) : null,
                    model, locale, request));
        }
        Notices.confirm(redirect, "surveys.notice.answered");
        return "redirect:/surveys/answer/" + answerToken;
    }

    private String show(String token, Map<Integer, List<String>> given, FormErrors errors, String refusal, Model model,
            Locale locale, HttpServletRequest request) {
        AnswerByLink.LinkView v = guesses.guarded(request, () -> link.view(token));
        model.addAttribute("view", SurveyViews.answerPage(v.survey(), v.municipality().in(locale), v.response(), given,
                "/surveys/answer/" + token, read.now(), errors, refusal, locale));
        return "surveys/answer";
    }
}
