package org.diktyo.meetings.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diktyo.followups.FollowUp;
import org.diktyo.followups.FollowUpForm;
import org.diktyo.meetings.domain.Meeting;
import org.diktyo.meetings.domain.PlanMeetings;
import org.diktyo.meetings.domain.RecordOutcome;
import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** After the meeting: the secretariat lists, adds and ticks off the follow-up actions. */
@Controller
class FollowUpPages {

    static final String FOLLOW_UPS = "meetings/followUps";

    private final PlanMeetings plan;
    private final RecordOutcome outcome;

    FollowUpPages(PlanMeetings plan, RecordOutcome outcome) {
        this.plan = plan;
        this.outcome = outcome;
    }

    @GetMapping("/admin/meetings/{id}/follow-ups")
    String followUps(@PathVariable String id, Model model, Locale locale) {
        return show(plan.manageable(id), MeetingViews.FollowUpText.EMPTY, null, FormErrors.NONE, model, locale);
    }

    /** The same page with one action's words, owner and due date in the form, to change them. */
    @GetMapping("/admin/meetings/{id}/follow-ups/{followUpId}/edit")
    String edit(@PathVariable String id, @PathVariable String followUpId, Model model, Locale locale) {
        Meeting meeting = plan.manageable(id);
        FollowUp action = outcome.followUps(id).stream().filter(f -> f.id().equals(followUpId)).findFirst()
                .orElseThrow(Problem::notFound);
        var text = new MeetingViews.FollowUpText(action.action(), action.owner(),
                action.dueOn() == null ? "" : action.dueOn().toString());
        return show(meeting, text, followUpId, FormErrors.NONE, model, locale);
    }

    @PostMapping("/admin/meetings/{id}/follow-ups/{followUpId}")
    String update(@PathVariable String id, @PathVariable String followUpId,
            @ModelAttribute MeetingViews.FollowUpText text, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            boolean done = outcome.followUps(id).stream().filter(f -> f.id().equals(followUpId)).findFirst()
                    .orElseThrow(Problem::notFound).done();
            outcome.updateFollowUp(id, followUpId, form(text, done));
        } catch (Problem problem) {
            return Forms.redisplay(problem,
                    () -> show(plan.manageable(id), text, followUpId, FormErrors.of(problem), model, locale));
        }
        Notices.confirm(redirect, "meetings.followUp.saved");
        return "redirect:/admin/meetings/" + id + "/follow-ups";
    }

    @PostMapping("/admin/meetings/{id}/follow-ups")
    String add(@PathVariable String id, @ModelAttribute MeetingViews.FollowUpText text, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            outcome.addFollowUp(id, form(text, false));
        } catch (Problem problem) {
            return Forms.redisplay(problem,
                    () -> show(plan.manageable(id), text, null, FormErrors.of(problem), model, locale));
        }
        Notices.confirm(redirect, "meetings.followUp.saved");
        return "redirect:/admin/meetings/" + id + "/follow-ups";
    }

    @PostMapping("/admin/meetings/{id}/follow-ups/{followUpId}/done")
    String done(@PathVariable String id, @PathVariable String followUpId,
            @RequestParam(defaultValue = "false") boolean done, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            outcome.markDone(id, followUpId, done);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(plan.manageable(id), MeetingViews.FollowUpText.EMPTY, null,
                    FormErrors.of(problem), model, locale));
        }
        Notices.confirm(redirect, "meetings.followUp.saved");
        return "redirect:/admin/meetings/" + id + "/follow-ups";
    }

    /** The typed action as a form; a due date that is not one is reported with the rest. */
    private FollowUpForm form(MeetingViews.FollowUpText text, boolean done) {
        LocalDate due = null;
        List<Problem.FieldProblem> problems = new ArrayList<>();
        if (text.dueOn() != null && !text.dueOn().isBlank()) {
            try {
                due = LocalDate.parse(text.dueOn().trim());
            } catch (DateTimeParseException e) {
                problems.add(new Problem.FieldProblem("dueOn", "meetings.followUp.dueOn.invalid"));
            }
        }
        FollowUpForm form = new FollowUpForm(text.action(), text.owner(), due, done);
        if (!problems.isEmpty()) {
            outcome.problems(form).stream().filter(p -> !"dueOn".equals(p.field())).forEach(problems::add);
            throw Problem.invalid(problems);
        }
        return form;
    }

    private String show(Meeting meeting, MeetingViews.FollowUpText text, String editing, FormErrors errors, Model model,
            Locale locale) {
        var view = new MeetingViews.FollowUps(outcome.followUps(meeting.id()), text, editing);
        return new MeetingViews.Form<>(meeting, null, view, errors, new MeetingText(locale)).show(model, FOLLOW_UPS);
    }
}
