package org.diktyo.meetings.web;

import java.util.Locale;

import org.diktyo.meetings.domain.DraftAgenda;
import org.diktyo.meetings.domain.Meeting;
import org.diktyo.meetings.domain.PlanMeetings;
import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's agenda form and its publication. "Add a row" works both ways: without
 * JavaScript it sends the form and gets it back, as typed, with one more row (nothing is
 * saved); with htmx it fetches just the new row and appends it, keeping what was typed in
 * place, without sending or reloading the form.
 */
@Controller
class AgendaPages {

    static final String AGENDA = "meetings/agenda";
    static final String ROW = "meetings/agendaRowFragment";
    static final int MAX_ROWS = 100;

    private final PlanMeetings plan;
    private final DraftAgenda agenda;
    private final MeetingPageViews views;

    AgendaPages(PlanMeetings plan, DraftAgenda agenda, MeetingPageViews views) {
        this.plan = plan;
        this.agenda = agenda;
        this.views = views;
    }

    @GetMapping("/admin/meetings/{id}/agenda")
    String agenda(@PathVariable String id, Model model, Locale locale) {
        Meeting meeting = plan.manageable(id);
        AgendaRows rows = AgendaRows.of(agenda.agenda(id, true).items());
        return form(meeting, rows, FormErrors.NONE, locale).show(model, AGENDA);
    }

    /**
     * Saves the agenda; or, for "add a row" without JavaScript ({@code addRow}), sends the form
     * back as typed with one more blank row and saves nothing. (One mapping, not a second one
     * with {@code params = "addRow"}: a parameter condition makes every POST's parameters be
     * read while the handler is looked up, before an upload's size could be refused readably.)
     */
    @PostMapping("/admin/meetings/{id}/agenda")
    String saveAgenda(@PathVariable String id, @ModelAttribute AgendaRows rows,
            @RequestParam(required = false) String addRow, Model model, Locale locale, RedirectAttributes redirect) {
        if (addRow != null) {
            return addRow(id, rows, model, locale);
        }
        try {
            agenda.replace(id, rows.forms());
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> form(plan.manageable(id), rows.withBlankRows(), FormErrors.of(problem),
                    locale).show(model, AGENDA));
        }
        Notices.confirm(redirect, "meetings.agenda.saved");
        return "redirect:/admin/meetings/" + id;
    }

    private String addRow(String id, AgendaRows rows, Model model, Locale locale) {
        Meeting meeting = plan.editable(id);
        if (rows.getItems().size() >= MAX_ROWS) {
            throw new Problem(HttpStatus.BAD_REQUEST, "meetings.agenda.tooManyRows", MAX_ROWS);
        }
        return form(meeting, rows.withRow(), FormErrors.NONE, locale).show(model, AGENDA);
    }

    /** With htmx: row {@code index} alone, and the "add a row" button that will fetch the next one. */
    @GetMapping("/admin/meetings/{id}/agenda/rows/{index}")
    String row(@PathVariable String id, @PathVariable int index, Model model) {
        plan.editable(id);
        if (index < 0 || index >= MAX_ROWS) {
            throw new Problem(HttpStatus.BAD_REQUEST, "meetings.agenda.tooManyRows", MAX_ROWS);
        }
        model.addAttribute("view", new MeetingViews.AgendaRow(id, index, new AgendaRows.Row()));
        return ROW;
    }

    @PostMapping("/admin/meetings/{id}/agenda/publish")
    String publish(@PathVariable String id, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            agenda.publish(id);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> views.manage(id, model, locale,
                    new FormErrors(java.util.List.of(), problem.fields().isEmpty() ? problem.key()
                            : "meetings.agenda.publish.invalid")));
        }
        Notices.confirm(redirect, "meetings.agenda.published");
        return "redirect:/admin/meetings/" + id;
    }

    private static MeetingViews.Form<AgendaRows> form(Meeting meeting, AgendaRows rows, FormErrors errors,
            Locale locale) {
        return new MeetingViews.Form<>(meeting, null, rows, errors, new MeetingText(locale));
    }
}
