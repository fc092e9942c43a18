package org.diktyo.meetings.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diktyo.meetings.domain.ArrangeParts;
import org.diktyo.meetings.domain.Meeting;
import org.diktyo.meetings.domain.MeetingPart;
import org.diktyo.meetings.domain.PartForm;
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

/** The secretariat's pages for the parts of a meeting: add, change, remove. */
@Controller
class PartPages {

    static final String PART = "meetings/part";

    /** What to say about a value that could not be read at all. */
    static final Map<String, String> UNREADABLE = Map.of(
            "date", "meetings.part.date.required",
            "startTime", "meetings.part.startTime.required",
            "endTime", "meetings.part.endTime.invalid",
            "floor", "meetings.part.floor.invalid",
            "capacity", "meetings.part.capacity.invalid");

    private final PlanMeetings plan;
    private final ArrangeParts parts;
    private final MeetingPageViews views;

    PartPages(PlanMeetings plan, ArrangeParts parts, MeetingPageViews views) {
        this.plan = plan;
        this.parts = parts;
        this.views = views;
    }

    @GetMapping("/admin/meetings/{id}/parts/new")
    String newPart(@PathVariable String id, Model model, Locale locale) {
        Meeting meeting = plan.manageable(id);
        PartForm blank = new PartForm("", "", null, null, null, "", "", "", "", "", "", "", "", "", "", "", null, null,
                false);
        return form(meeting, null, blank, FormErrors.NONE, locale).show(model, PART);
    }

    @PostMapping("/admin/meetings/{id}/parts")
    String addPart(@PathVariable String id, @ModelAttribute PartForm form, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        try {
            readable(binding, form);
            parts.add(id, form);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> form(plan.manageable(id), null, form, FormErrors.of(problem), locale)
                    .show(model, PART));
        }
        Notices.confirm(redirect, "meetings.part.saved");
        return "redirect:/admin/meetings/" + id;
    }

    @GetMapping("/admin/meetings/{id}/parts/{partId}")
    String part(@PathVariable String id, @PathVariable String partId, Model model, Locale locale) {
        Meeting meeting = plan.manageable(id);
        MeetingPart part = parts.parts(id).stream().filter(p -> p.id().equals(partId)).findFirst()
                .orElseThrow(Problem::notFound);
        return form(meeting, partId, PartForms.of(part, meeting.zone()), FormErrors.NONE, locale).show(model, PART);
    }

    @PostMapping("/admin/meetings/{id}/parts/{partId}")
    String updatePart(@PathVariable String id, @PathVariable String partId, @ModelAttribute PartForm form,
            BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            readable(binding, form);
            parts.update(id, partId, form);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> form(plan.manageable(id), partId, form, FormErrors.of(problem), locale)
                    .show(model, PART));
        }
        Notices.confirm(redirect, "meetings.part.saved");
        return "redirect:/admin/meetings/" + id;
    }

    @PostMapping("/admin/meetings/{id}/parts/{partId}/delete")
    String removePart(@PathVariable String id, @PathVariable String partId, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            parts.remove(id, partId);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> views.manage(id, model, locale, FormErrors.of(problem)));
        }
        Notices.confirm(redirect, "meetings.part.removed");
        return "redirect:/admin/meetings/" + id;
    }

    /** Refuses a form with a value that could not be read, with everything else that is wrong with it. */
    private void readable(BindingResult binding, PartForm form) {
        if (binding.getFieldErrors().stream().anyMatch(Bindings::typed)) {
            List<Problem.FieldProblem> problems = Bindings.merge(binding, UNREADABLE, parts.problems(form));
            throw Problem.invalid(problems);
        }
    }

    private static MeetingViews.Form<PartForm> form(Meeting meeting, String partId, PartForm form, FormErrors errors,
            Locale locale) {
        return new MeetingViews.Form<>(meeting, partId, form, errors, new MeetingText(locale));
    }
}
