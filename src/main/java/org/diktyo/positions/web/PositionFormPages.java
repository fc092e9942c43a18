package org.diktyo.positions.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.diktyo.positions.domain.Addressee;
import org.diktyo.positions.domain.DraftPositions;
import org.diktyo.positions.domain.EditPosition;
import org.diktyo.positions.domain.Position;
import org.diktyo.positions.domain.PositionState;
import org.diktyo.positions.domain.ReadPositions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/positions/new} and {@code /admin/positions/{id}/edit}: the secretariat's forms of
 * a position (details, text when new, addressees in rows), through the API's use cases; a wrong
 * field comes back marked with everything as typed. Without JavaScript: "more rows" is a button.
 */
@Controller
class PositionFormPages {

    static final String FORM = "positions/form";

    private final EditPosition edit;
    private final DraftPositions draft;
    private final ReadPositions read;

    PositionFormPages(EditPosition edit, DraftPositions draft, ReadPositions read) {
        this.edit = edit;
        this.draft = draft;
        this.read = read;
    }

    @GetMapping("/admin/positions/new")
    String create(Model model, Locale locale) {
        edit.allowed();
        return show(model, locale, null, PositionForm.empty(), FormErrors.NONE);
    }

    @PostMapping("/admin/positions")
    String create(@RequestParam Map<String, String> fields, Model model, Locale locale, RedirectAttributes redirect) {
        edit.allowed();
        PositionForm form = PositionForm.read(fields, fields.containsKey("moreRows") ? PositionForm.MORE : 0);
        if (fields.containsKey("moreRows")) {
            return show(model, locale, null, form, FormErrors.NONE);
        }
        List<Integer> index = new ArrayList<>();
        try {
            List<Problem.FieldProblem> faults = new ArrayList<>();
            EditPosition.Details d = form.details(faults);
            DraftPositions.Draft created = form.draft(d, faults);
            List<Addressee> to = form.addressees(index);
            if (!faults.isEmpty()) {
                throw Problem.invalid(faults);
            }
            String id = edit.create(created, d.closesOn(), d.minSignatories(), to).id();
            Notices.confirm(redirect, "positions.notice.created");
            return "redirect:/admin/positions/" + id;
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(model, locale, null, form, errors(problem, index)));
        }
    }

    @GetMapping("/admin/positions/{positionId}/edit")
    String edit(@PathVariable String positionId, Model model, Locale locale) {
        edit.allowed();
        Position p = read.one(positionId);
        return show(model, locale, p, PositionForm.of(p, read.addressees(positionId)), FormErrors.NONE);
    }

    @PostMapping("/admin/positions/{positionId}/edit")
    String edit(@PathVariable String positionId, @RequestParam Map<String, String> fields, Model model,
            Locale locale, RedirectAttributes redirect) {
        edit.allowed();
        Position p = read.one(positionId);
        PositionForm form = PositionForm.read(fields, fields.containsKey("moreRows") ? PositionForm.MORE : 0);
        if (fields.containsKey("moreRows")) {
            return show(model, locale, p, form, FormErrors.NONE);
        }
        List<Integer> index = new ArrayList<>();
        try {
            List<Problem.FieldProblem> faults = new ArrayList<>();
            EditPosition.Details d = EditPosition.editable(p) ? form.details(faults) : null;
            List<Addressee> to = form.addressees(index);
            int version = version(form.version(), faults);
            if (!faults.isEmpty()) {
                throw Problem.invalid(faults);
            }
            edit.update(positionId, version, d, to);
            Notices.confirm(redirect, "positions.notice.saved");
            return "redirect:/admin/positions/" + positionId;
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(model, locale, p, form, errors(problem, index)));
        }
    }

    private static int version(String version, List<Problem.FieldProblem> faults) {
        try {
            return Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            faults.add(new Problem.FieldProblem("version", "platform.error.conflict"));
            return -1;
        }
    }

    private static FormErrors errors(Problem problem, List<Integer> index) {
        return new FormErrors(problem.fields().stream().map(f -> PositionForm.field(f, index)).toList(),
                problem.fields().isEmpty() ? problem.key() : null);
    }

    private String show(Model model, Locale locale, Position p, PositionForm form, FormErrors errors) {
        boolean open = p == null || !p.state().published() && p.state() != PositionState.WITHDRAWN;
        model.addAttribute("view", new PositionViews.FormPage(p == null ? null : p.id(), p == null ? null : p.title().in(locale),
                p == null || EditPosition.editable(p), open, form, errors));
        return FORM;
    }
}
