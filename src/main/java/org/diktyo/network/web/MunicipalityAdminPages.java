package org.diktyo.network.web;

import java.util.Locale;

import org.diktyo.network.domain.ContactForm;
import org.diktyo.network.domain.Geography;
import org.diktyo.network.domain.ManageRegistry;
import org.diktyo.network.domain.MembershipForm;
import org.diktyo.network.domain.Municipality;
import org.diktyo.network.domain.MunicipalityForm;
import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing a municipality, its contacts and its membership status. A form with mistakes is
 * shown again with what was typed and a message per field; only a valid form is saved, and
 * then the browser is redirected (post/redirect/get). Who may do what is decided by
 * {@link ManageRegistry}; a refusal shows the 403 page.
 */
@Controller
class MunicipalityAdminPages {

    static final String EDIT = "network/edit";
    static final String CONTACT = "network/contact";
    static final String MEMBERSHIP = "network/membership";

    private final ManageRegistry registry;
    private final Geography geography;
    private final Names.Factory names;
    private final ViewerResolver viewers;

    MunicipalityAdminPages(Names.Factory names, ManageRegistry registry, Geography geography, ViewerResolver viewers) {
        this.registry = registry;
        this.geography = geography;
        this.names = names;
        this.viewers = viewers;
    }

    @GetMapping("/admin/municipalities/{id}/edit")
    String edit(@PathVariable String id, Model model, Locale locale) {
        Municipality m = editable(id);
        return edit(model, m, MunicipalityForm.of(m), FormErrors.NONE, locale);
    }

    @PostMapping("/admin/municipalities/{id}/edit")
    String save(@PathVariable String id, @ModelAttribute MunicipalityForm form, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        try {
            registry.edit(id, form);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> edit(model, registry.municipality(id), form, FormErrors.of(problem), locale));
        }
        Notices.confirm(redirect, "network.municipality.saved");
        return "redirect:/municipalities/" + id;
    }

    @GetMapping("/admin/municipalities/{id}/contacts/new")
    String newContact(@PathVariable String id, Model model, Locale locale) {
        return contact(model, editable(id), null, ContactForm.empty(), FormErrors.NONE, locale);
    }

    @PostMapping("/admin/municipalities/{id}/contacts")
    String addContact(@PathVariable String id, @ModelAttribute ContactForm form, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        try {
            registry.addContact(id, form);
        } catch (Problem problem) {
            return Forms.redisplay(problem,
                    () -> contact(model, registry.municipality(id), null, form, FormErrors.of(problem), locale));
        }
        Notices.confirm(redirect, "network.contact.saved");
        return "redirect:/municipalities/" + id + "#contacts";
    }

    @GetMapping("/admin/municipalities/{id}/contacts/{contactId}/edit")
    String editContact(@PathVariable String id, @PathVariable String contactId, Model model, Locale locale) {
        Municipality m = editable(id);
        return contact(model, m, contactId, ContactForm.of(registry.contact(id, contactId)), FormErrors.NONE, locale);
    }

    @PostMapping("/admin/municipalities/{id}/contacts/{contactId}")
    String updateContact(@PathVariable String id, @PathVariable String contactId, @ModelAttribute ContactForm form,
            BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            registry.updateContact(id, contactId, form);
        } catch (Problem problem) {
            return Forms.redisplay(problem,
                    () -> contact(model, registry.municipality(id), contactId, form, FormErrors.of(problem), locale));
        }
        Notices.confirm(redirect, "network.contact.saved");
        return "redirect:/municipalities/" + id + "#contacts";
    }

    @PostMapping("/admin/municipalities/{id}/contacts/{contactId}/delete")
    String removeContact(@PathVariable String id, @PathVariable String contactId, RedirectAttributes redirect) {
        registry.removeContact(id, contactId);
        Notices.confirm(redirect, "network.contact.deleted");
        return "redirect:/municipalities/" + id;
    }

    @GetMapping("/admin/municipalities/{id}/membership")
    String membership(@PathVariable String id, Model model, Locale locale) {
        Municipality m = registry.municipality(id);
        if (!viewers.current().secretariat()) {
            throw Problem.forbidden();
        }
        return membership(model, m, new MembershipForm(null, null, ""), "", "", FormErrors.NONE, locale);
    }

    @PostMapping("/admin/municipalities/{id}/membership")
    String changeMembership(@PathVariable String id, @ModelAttribute MembershipForm form, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        String typedDate = binding.getFieldValue("effectiveOn") == null ? "" : String.valueOf(binding.getFieldValue("effectiveOn"));
        String typedUntil = binding.getFieldValue("until") == null ? "" : String.valueOf(binding.getFieldValue("until"));
        try {
            if (binding.hasFieldErrors("until")) {
                throw Problem.invalid(java.util.List.of(new Problem.FieldProblem("until", "network.accession.value.invalid")));
            }
            registry.changeMembership(id, form);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> membership(model, registry.municipality(id), form, typedDate, typedUntil,
                    FormErrors.of(problem), locale));
        }
        Notices.confirm(redirect, "network.membership.saved");
        return "redirect:/municipalities/" + id;
    }

    private Municipality editable(String id) {
        Municipality m = registry.municipality(id);
        if (!viewers.current().mayEdit(id)) {
            throw Problem.forbidden();
        }
        return m;
    }

    private String edit(Model model, Municipality m, MunicipalityForm form, FormErrors errors, Locale locale) {
        model.addAttribute("view", new FormView.Edit(m, form, errors, names.in(locale)));
        return EDIT;
    }

    private String contact(Model model, Municipality m, String contactId, ContactForm form, FormErrors errors,
            Locale locale) {
        model.addAttribute("view", new FormView.ContactEdit(m, contactId, form, errors, names.in(locale)));
        return CONTACT;
    }

    private String membership(Model model, Municipality m, MembershipForm form, String typedDate, String typedUntil,
            FormErrors errors, Locale locale) {
        model.addAttribute("view", new FormView.Membership(m, form, typedDate, typedUntil, errors, names.in(locale),
                registry.history(m.id())));
        return MEMBERSHIP;
    }
}
