package org.diktyo.positions.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diktyo.followups.FollowUpForm;
import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.diktyo.positions.domain.TrackFollowUps;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/positions/{id}/responses/{responseId}}: a ministry's answer and its follow-up
 * actions; the secretariat adds one (a wrong field comes back marked, as typed) and ticks them off.
 */
@Controller
class PositionAnswerPages {

    private final TrackFollowUps followUps;

    PositionAnswerPages(TrackFollowUps followUps) {
        this.followUps = followUps;
    }

    @GetMapping("/admin/positions/{positionId}/responses/{responseId}")
    String answer(@PathVariable String positionId, @PathVariable String responseId, Model model, Locale locale) {
        return show(positionId, responseId, new PositionViews.ActionText("", "", ""), FormErrors.NONE, model, locale);
    }

    @PostMapping("/admin/positions/{positionId}/responses/{responseId}/follow-ups")
    String add(@PathVariable String positionId, @PathVariable String responseId,
            @RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String owner,
            @RequestParam(defaultValue = "") String dueOn, Model model, Locale locale, RedirectAttributes redirect) {
        PositionViews.ActionText text = new PositionViews.ActionText(action, owner, dueOn);
        try {
            followUps.add(positionId, responseId, form(text));
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(positionId, responseId, text, FormErrors.of(problem), model, locale));
        }
        Notices.confirm(redirect, "positions.followUp.saved");
        return "redirect:/admin/positions/" + positionId + "/responses/" + responseId;
    }

    @PostMapping("/admin/positions/{positionId}/responses/{responseId}/follow-ups/{actionId}/done")
    String done(@PathVariable String positionId, @PathVariable String responseId, @PathVariable String actionId,
            @RequestParam(defaultValue = "false") boolean done, RedirectAttributes redirect) {
        followUps.markDone(positionId, responseId, actionId, done);
        Notices.confirm(redirect, "positions.followUp.saved");
        return "redirect:/admin/positions/" + positionId + "/responses/" + responseId;
    }

    /** The action as typed; a due date that is not one is named with whatever else is wrong. */
    private FollowUpForm form(PositionViews.ActionText text) {
        List<Problem.FieldProblem> faults = new ArrayList<>();
        LocalDate due = null;
        try {
            due = text.dueOn().isBlank() ? null : LocalDate.parse(text.dueOn().strip());
        } catch (DateTimeParseException e) {
            faults.add(new Problem.FieldProblem("dueOn", "positions.form.date"));
        }
        FollowUpForm form = new FollowUpForm(text.action(), text.owner(), due, false);
        if (!faults.isEmpty()) {
            faults.addAll(followUps.problems(form).stream().filter(p -> !p.field().equals("dueOn")).toList());
            throw Problem.invalid(faults);
        }
        return form;
    }

    private String show(String positionId, String responseId, PositionViews.ActionText text, FormErrors errors,
            Model model, Locale locale) {
        TrackFollowUps.Answer a = followUps.answer(positionId, responseId);
        model.addAttribute("view", new PositionViews.AnswerPage(a.position().id(), a.position().title().in(locale),
                PositionViews.ResponseView.of(a.response(), locale), a.followUps().stream()
                        .map(f -> PositionViews.ActionLine.of(f, locale)).toList(), text, errors));
        return "positions/answer";
    }
}
