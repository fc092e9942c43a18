package org.diktyo.meetings.web;

import java.util.Locale;

import org.diktyo.meetings.domain.Meeting;
import org.diktyo.meetings.domain.MeetingForm;
import org.diktyo.meetings.domain.PlanMeetings;
import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's page of a meeting, and describing, creating and cancelling meetings.
 * Plain forms that work without JavaScript; a form with mistakes comes back with what was
 * typed and a message per field. Parts, agenda, documents and outcome have pages of their own.
 */
@Controller
class MeetingAdminPages {

    static final String EDIT = "meetings/edit";

    private final PlanMeetings plan;
    private final MeetingPageViews views;

    MeetingAdminPages(PlanMeetings plan, MeetingPageViews views) {
        this.plan = plan;
        this.views = views;
    }

    @GetMapping("/admin/meetings/{id}")
    String manage(@PathVariable String id, Model model, Locale locale) {
        return views.manage(id, model, locale, FormErrors.NONE);
    }

    @GetMapping("/admin/meetings/new")
    String create(Model model, Locale locale) {
        plan.requireSecretariat();
        return new MeetingViews.Form<>(null, null, MeetingForm.empty(), FormErrors.NONE, new MeetingText(locale))
                .show(model, EDIT);
    }

    @PostMapping("/admin/meetings")
    String create(@ModelAttribute MeetingForm form, BindingResult binding, Model model, Locale locale,
            RedirectAttributes redirect) {
        Meeting meeting;
        try {
            meeting = plan.create(form);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> new MeetingViews.Form<>(null, null, form, FormErrors.of(problem),
                    new MeetingText(locale)).show(model, EDIT));
        }
        Notices.confirm(redirect, "meetings.saved");
        return "redirect:/admin/meetings/" + meeting.id();
    }

    @GetMapping("/admin/meetings/{id}/edit")
    String edit(@PathVariable String id, Model model, Locale locale) {
        Meeting meeting = plan.manageable(id);
        return new MeetingViews.Form<>(meeting, null, MeetingForm.of(meeting), FormErrors.NONE, new MeetingText(locale))
                .show(model, EDIT);
    }

    @PostMapping("/admin/meetings/{id}/edit")
    String edit(@PathVariable String id, @ModelAttribute MeetingForm form, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        try {
            plan.edit(id, form);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> new MeetingViews.Form<>(plan.manageable(id), null, form,
                    FormErrors.of(problem), new MeetingText(locale)).show(model, EDIT));
        }
        Notices.confirm(redirect, "meetings.saved");
        return "redirect:/admin/meetings/" + id;
    }

    @PostMapping("/admin/meetings/{id}/cancel")
    String cancel(@PathVariable String id, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            plan.cancel(id);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> views.manage(id, model, locale, FormErrors.of(problem)));
        }
        Notices.confirm(redirect, "meetings.cancelled.done");
        return "redirect:/admin/meetings/" + id;
    }
}
