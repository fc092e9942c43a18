package org.diktyo.knowledge.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diktyo.knowledge.domain.Axis;
import org.diktyo.knowledge.domain.Entry;
import org.diktyo.knowledge.domain.EntryKind;
import org.diktyo.knowledge.domain.ReadEntries;
import org.diktyo.knowledge.domain.Term;
import org.diktyo.knowledge.domain.Vocabularies;
import org.diktyo.knowledge.domain.WriteEntries;
import org.diktyo.language.Bilingual;
import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Notices;
import org.diktyo.platform.PlausibleDates;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A focal point's own entries (the secretariat's: every entry): the list, a new challenge or
 * practice, an edit, sending a draft for review. A form with mistakes is shown again with what was
 * typed; a valid one is saved and the browser redirected. {@link WriteEntries} decides who may.
 */
@Controller
class KnowledgeAccountPages {

    static final String OWN = "knowledge/own";
    static final String FORM = "knowledge/form";

    private final ReadEntries read;
    private final WriteEntries write;
    private final Vocabularies vocabularies;
    private final Names names;
    private final ViewerResolver viewers;
    private final MessageSource messages;

    KnowledgeAccountPages(ReadEntries read, WriteEntries write, Vocabularies vocabularies, Names names,
            ViewerResolver viewers, MessageSource messages) {
        this.messages = messages;
        this.read = read;
        this.write = write;
        this.vocabularies = vocabularies;
        this.names = names;
        this.viewers = viewers;
    }

    @GetMapping("/account/knowledge")
    String own(Model model, Locale locale) {
        Map<String, Bilingual> municipalities = names.all();
        model.addAttribute("view", new KnowledgeViews.OwnPage(read.own().stream().map(e -> new KnowledgeViews.Row(e,
                e.title().in(locale), KnowledgePages.name(municipalities, e.ownerId(), locale),
                "/account/knowledge/" + e.id() + "/edit", read.writable(e))).toList()));
        return OWN;
    }

    @GetMapping("/account/knowledge/new")
    String create(@RequestParam(defaultValue = "PRACTICE") EntryKind kind, Model model, Locale locale) {
        Viewer viewer = viewers.current();
        if (!viewer.secretariat() && !"FOCAL_POINT".equals(viewer.role())) {
            throw Problem.forbidden();
        }
        return form(model, null, kind, EntryForm.empty(kind, viewer.municipalityId()), FormErrors.NONE, null, locale);
    }

    @PostMapping("/account/knowledge")
    String save(@ModelAttribute EntryForm form, BindingResult binding, Model model, Locale locale,
            RedirectAttributes redirect) {
        Entry e;
        try {
            readable(binding);
            e = write.create(form.input());
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> form(model, null, form.kind() == null ? EntryKind.PRACTICE : form.kind(),
                    form, FormErrors.of(problem), null, locale));
        }
        Notices.confirm(redirect, "knowledge.saved");
        return "redirect:/account/knowledge/" + e.id() + "/edit";
    }

    @GetMapping("/account/knowledge/{id}/edit")
    String edit(@PathVariable String id, Model model, Locale locale) {
        Entry e = read.entry(id);
        if (!read.writable(e)) {
            throw Problem.notFound();
        }
        Entry shown = read.revision(e).orElse(e);
        return form(model, id, e.kind(), EntryForm.of(shown), FormErrors.NONE, e.reviewNote(), locale);
    }

    @PostMapping("/account/knowledge/{id}")
    String update(@PathVariable String id, @ModelAttribute EntryForm form, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        Entry saved;
        try {
            readable(binding);
            saved = write.edit(id, form.input());
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> {
                Entry e = read.entry(id);
                return form(model, id, e.kind(), form, FormErrors.of(problem), e.reviewNote(), locale);
            });
        }
        Notices.confirm(redirect, read.revision(saved).isPresent() ? "knowledge.revision.saved" : "knowledge.saved");
        return "redirect:/account/knowledge/" + id + "/edit";
    }

    @PostMapping("/account/knowledge/{id}/submit")
    String submit(@PathVariable String id, RedirectAttributes redirect) {
        write.submit(id);
        Notices.confirm(redirect, "knowledge.submitted");
        return "redirect:/account/knowledge";
    }

    private static Map<String, String> labels(List<Term> terms, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        terms.forEach(t -> labels.put(t.code(), t.label().in(locale)));
        return labels;
    }

    /** Refuses a form with a value that could not be read (a date that is not one), naming its field. */
    private static void readable(BindingResult binding) {
        List<Problem.FieldProblem> problems = binding.getFieldErrors().stream()
                .filter(error -> error.getRejectedValue() != null && !String.valueOf(error.getRejectedValue()).isBlank())
                .map(error -> new Problem.FieldProblem(error.getField(), error.getField().startsWith("period")
                        ? PlausibleDates.KEY : "knowledge.error.invalid"))
                .toList();
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
    }

    private String form(Model model, String id, EntryKind kind, EntryForm form, FormErrors errors, String note,
            Locale locale) {
        boolean chooseOwner = id == null && viewers.current().secretariat();
        Map<String, String> members = names.members(locale);
        Map<String, String> axes = new LinkedHashMap<>();
        for (Axis a : Axis.values()) {
            axes.put(a.name(), messages.getMessage("knowledge.axis." + a.name(), null, locale));
        }
        model.addAttribute("view", new KnowledgeViews.FormPage(id, kind, form, errors, chooseOwner ? members : Map.of(),
                labels(vocabularies.themes(), locale), labels(vocabularies.targetGroups(), locale), chooseOwner, note,
                members, names.organisations(locale), axes, id != null && read.revision(read.entry(id)).isPresent()));
        return FORM;
    }
}
