package org.diktyo.meetings.web;

import java.util.Locale;

import org.diktyo.meetings.domain.Decision;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** After the meeting: the secretariat records the minutes, the number present and the decisions. */
@Controller
class OutcomePages {

    static final String OUTCOME = "meetings/outcome";

    private final PlanMeetings plan;
    private final RecordOutcome outcome;

    OutcomePages(PlanMeetings plan, RecordOutcome outcome) {
        this.plan = plan;
        this.outcome = outcome;
    }

    @GetMapping("/admin/meetings/{id}/outcome")
    String outcome(@PathVariable String id, Model model, Locale locale) {
        Meeting meeting = plan.manageable(id);
        var decisions = outcome.decisions(id);
        var form = new RecordOutcome.OutcomeForm(meeting.minutesEl(), meeting.minutesEn(), meeting.numberPresent(),
                decisions.stream().map(Decision::textEl).toList(), decisions.stream().map(Decision::textEn).toList());
        return new MeetingViews.Form<>(meeting, null, OutcomeText.of(form), FormErrors.NONE, new MeetingText(locale))
                .show(model, OUTCOME);
    }

    @PostMapping("/admin/meetings/{id}/outcome")
    String saveOutcome(@PathVariable String id, @ModelAttribute OutcomeText text, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            outcome.record(id, text.form());
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> new MeetingViews.Form<>(plan.manageable(id), null, text,
                    FormErrors.of(problem), new MeetingText(locale)).show(model, OUTCOME));
        }
        Notices.confirm(redirect, "meetings.outcome.saved");
        return "redirect:/admin/meetings/" + id;
    }
}
