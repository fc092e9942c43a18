package org.diktyo.meetings.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.diktyo.meetings.domain.ArrangeParts;
import org.diktyo.meetings.domain.AttachDocuments;
import org.diktyo.meetings.domain.DraftAgenda;
import org.diktyo.meetings.domain.Meeting;
import org.diktyo.meetings.domain.MeetingForm;
import org.diktyo.meetings.domain.MeetingPart;
import org.diktyo.meetings.domain.PartForm;
import org.diktyo.meetings.domain.PlanMeetings;
import org.diktyo.meetings.domain.RecordOutcome;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's pages for a meeting: describe it, arrange its parts, draft and publish
 * the agenda, attach documents, record the outcome, cancel. Plain forms that work without
 * JavaScript; a form with mistakes comes back with what was typed and a message per field.
 */
@Controller
class MeetingAdminPages {

    static final String MANAGE = "meetings/manage";
    static final String EDIT = "meetings/edit";
    static final String PART = "meetings/part";
    static final String AGENDA = "meetings/agenda";
    static final String OUTCOME = "meetings/outcome";

    private final PlanMeetings plan;
    private final ArrangeParts parts;
    private final DraftAgenda agenda;
    private final AttachDocuments documents;
    private final RecordOutcome outcome;
    private final MeetingPages pages;

    MeetingAdminPages(PlanMeetings plan, ArrangeParts parts, DraftAgenda agenda, AttachDocuments documents,
            RecordOutcome outcome, MeetingPages pages) {
        this.plan = plan;
        this.parts = parts;
        this.agenda = agenda;
        this.documents = documents;
        this.outcome = outcome;
        this.pages = pages;
    }

    @GetMapping("/admin/meetings/{id}")
    String manage(@PathVariable String id, Model model, Locale locale) {
        return manage(id, model, locale, FormErrors.NONE);
    }

    private String manage(String id, Model model, Locale locale, FormErrors errors) {
        MeetingViews.Page page = pages.page(id, locale, true, errors);
        if (!page.canManage()) {
            throw Problem.forbidden();
        }
        model.addAttribute("view", page);
        return MANAGE;
    }

    @GetMapping("/admin/meetings/new")
    String create(Model model, Locale locale) {
        return form(model, EDIT, new MeetingViews.Form<>(null, null, MeetingForm.empty(), FormErrors.NONE, new MeetingText(locale)));
    }

    @PostMapping("/admin/meetings")
    String create(@ModelAttribute MeetingForm form, BindingResult binding, Model model, Locale locale,
            RedirectAttributes redirect) {
        Meeting meeting;
        try {
            meeting = plan.create(form);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> form(model, EDIT,
                    new MeetingViews.Form<>(null, null, form, FormErrors.of(problem), new MeetingText(locale))));
        }
        Notices.confirm(redirect, "meetings.saved");
        return "redirect:/admin/meetings/" + meeting.id();
    }

    @GetMapping("/admin/meetings/{id}/edit")
    String edit(@PathVariable String id, Model model, Locale locale) {
        Meeting meeting = plan.meeting(id);
        return form(model, EDIT, new MeetingViews.Form<>(meeting, null, MeetingForm.of(meeting), FormErrors.NONE,
                new MeetingText(locale)));
    }

    @PostMapping("/admin/meetings/{id}/edit")
    String edit(@PathVariable String id, @ModelAttribute MeetingForm form, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        try {
            plan.edit(id, form);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> form(model, EDIT,
                    new MeetingViews.Form<>(plan.meeting(id), null, form, FormErrors.of(problem), new MeetingText(locale))));
        }
        Notices.confirm(redirect, "meetings.saved");
        return "redirect:/admin/meetings/" + id;
    }

    @PostMapping("/admin/meetings/{id}/cancel")
    String cancel(@PathVariable String id, RedirectAttributes redirect) {
        plan.cancel(id);
        Notices.confirm(redirect, "meetings.cancelled.done");
        return "redirect:/admin/meetings/" + id;
    }

    @GetMapping("/admin/meetings/{id}/parts/new")
    String newPart(@PathVariable String id, Model model, Locale locale) {
        Meeting meeting = plan.meeting(id);
        PartForm blank = new PartForm("", "", null, null, null, "", "", "", "", "", "", "", "", "", "", "", null, null,
                false);
        return form(model, PART, new MeetingViews.Form<>(meeting, null, blank, FormErrors.NONE, new MeetingText(locale)));
    }

    @PostMapping("/admin/meetings/{id}/parts")
    String addPart(@PathVariable String id, @ModelAttribute PartForm form, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        try {
            parts.add(id, form);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> form(model, PART,
                    new MeetingViews.Form<>(plan.meeting(id), null, form, FormErrors.of(problem), new MeetingText(locale))));
        }
        Notices.confirm(redirect, "meetings.part.saved");
        return "redirect:/admin/meetings/" + id;
    }

    @GetMapping("/admin/meetings/{id}/parts/{partId}")
    String part(@PathVariable String id, @PathVariable String partId, Model model, Locale locale) {
        Meeting meeting = plan.meeting(id);
        MeetingPart part = parts.parts(id).stream().filter(p -> p.id().equals(partId)).findFirst()
                .orElseThrow(Problem::notFound);
        return form(model, PART, new MeetingViews.Form<>(meeting, partId, PartForms.of(part, meeting.zone()), FormErrors.NONE,
                new MeetingText(locale)));
    }

    @PostMapping("/admin/meetings/{id}/parts/{partId}")
    String updatePart(@PathVariable String id, @PathVariable String partId, @ModelAttribute PartForm form,
            BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            parts.update(id, partId, form);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> form(model, PART,
                    new MeetingViews.Form<>(plan.meeting(id), partId, form, FormErrors.of(problem), new MeetingText(locale))));
        }
        Notices.confirm(redirect, "meetings.part.saved");
        return "redirect:/admin/meetings/" + id;
    }

    @PostMapping("/admin/meetings/{id}/parts/{partId}/delete")
    String removePart(@PathVariable String id, @PathVariable String partId, RedirectAttributes redirect) {
        parts.remove(id, partId);
        Notices.confirm(redirect, "meetings.part.removed");
        return "redirect:/admin/meetings/" + id;
    }

    @GetMapping("/admin/meetings/{id}/agenda")
    String agenda(@PathVariable String id, Model model, Locale locale) {
        Meeting meeting = plan.meeting(id);
        AgendaRows rows = AgendaRows.of(agenda.agenda(id, true).items());
        return form(model, AGENDA, new MeetingViews.Form<>(meeting, null, rows, FormErrors.NONE, new MeetingText(locale)));
    }

    @PostMapping("/admin/meetings/{id}/agenda")
    String saveAgenda(@PathVariable String id, @ModelAttribute AgendaRows rows, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            agenda.replace(id, rows.forms());
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> form(model, AGENDA,
                    new MeetingViews.Form<>(plan.meeting(id), null, rows.withBlankRows(), FormErrors.of(problem),
                            new MeetingText(locale))));
        }
        Notices.confirm(redirect, "meetings.agenda.saved");
        return "redirect:/admin/meetings/" + id;
    }

    @PostMapping("/admin/meetings/{id}/agenda/publish")
    String publish(@PathVariable String id, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            agenda.publish(id);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> manage(id, model, locale, FormErrors.of(problem)));
        }
        Notices.confirm(redirect, "meetings.agenda.published");
        return "redirect:/admin/meetings/" + id;
    }

    @PostMapping("/admin/meetings/{id}/documents")
    String upload(@PathVariable String id, @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String titleEl, @RequestParam(defaultValue = "") String titleEn,
            Model model, Locale locale, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw Problem.invalid(List.of(new Problem.FieldProblem("file", "documents.upload.empty")));
            }
            try (InputStream in = file.getInputStream()) {
                documents.attach(id, titleEl, titleEn, file.getOriginalFilename(), file.getSize(), in);
            }
        } catch (Problem problem) {
            FormErrors errors = problem.fields().isEmpty()
                    ? new FormErrors(List.of(new Problem.FieldProblem("file", problem.key())), null)
                    : FormErrors.of(problem);
            return Forms.redisplay(problem, () -> manage(id, model, locale, errors));
        }
        Notices.confirm(redirect, "meetings.document.saved");
        return "redirect:/admin/meetings/" + id + "#documents";
    }

    @GetMapping("/admin/meetings/{id}/outcome")
    String outcome(@PathVariable String id, Model model, Locale locale) {
        Meeting meeting = plan.meeting(id);
        var decisions = outcome.decisions(id);
        var form = new RecordOutcome.OutcomeForm(meeting.minutesEl(), meeting.minutesEn(), meeting.numberPresent(),
                decisions.stream().map(d -> d.textEl()).toList(), decisions.stream().map(d -> d.textEn()).toList());
        return form(model, OUTCOME, new MeetingViews.Form<>(meeting, null, OutcomeText.of(form), FormErrors.NONE,
                new MeetingText(locale)));
    }

    @PostMapping("/admin/meetings/{id}/outcome")
    String saveOutcome(@PathVariable String id, @ModelAttribute OutcomeText text, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            outcome.record(id, text.form());
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> form(model, OUTCOME,
                    new MeetingViews.Form<>(plan.meeting(id), null, text, FormErrors.of(problem), new MeetingText(locale))));
        }
        Notices.confirm(redirect, "meetings.outcome.saved");
        return "redirect:/admin/meetings/" + id;
    }

    private static String form(Model model, String view, MeetingViews.Form<?> page) {
        model.addAttribute("view", page);
        return view;
    }

}
