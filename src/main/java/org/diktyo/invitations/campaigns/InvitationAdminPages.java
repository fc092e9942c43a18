package org.diktyo.invitations.campaigns;

import java.util.Locale;

import org.diktyo.invitations.ReplyView;
import org.diktyo.invitations.Texts;
import org.diktyo.invitations.replies.RecordPhoneAnswer;
import org.diktyo.invitations.replies.ReplyForm;
import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Forms;
import org.diktyo.platform.LanguageParameter;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's page of one invitation: answer, delegates, resend, revoke, reissue, an answer by phone. */
@Controller
class InvitationAdminPages {

    static final String VIEW = "invitations/invitation";

    private final ManageInvitations manage;
    private final RecordPhoneAnswer phone;
    private final InvitationFiles files;

    InvitationAdminPages(ManageInvitations manage, RecordPhoneAnswer phone, InvitationFiles files) {
        this.manage = manage;
        this.phone = phone;
        this.files = files;
    }

    /** The letter to print and post (a municipality without an email address), with a new personal link. */
    @GetMapping("/admin/invitations/{id}/letter.pdf")
    ResponseEntity<byte[]> letter(@PathVariable String id, @RequestParam(required = false) String lang, Locale locale) {
        return InvitationFilesApi.file(files.letter(id, LanguageParameter.locale(lang == null ? locale.getLanguage() : lang)),
                MediaType.APPLICATION_PDF, true);
    }

    @GetMapping("/admin/invitations/{id}/calendar.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String id) {
        return InvitationFilesApi.file(files.calendar(id), InvitationFilesApi.CALENDAR, false);
    }

    @GetMapping("/admin/invitations/{id}")
    String invitation(@PathVariable String id, Model model, Locale locale) {
        ReplyView v = manage.invitation(id);
        return show(model, v, ReplyForm.of(v), FormErrors.NONE, locale);
    }

    @PostMapping("/admin/invitations/{id}/response")
    String response(@PathVariable String id, @ModelAttribute("form") ReplyForm form, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        try {
            phone.record(id, form.input());
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(model, manage.invitation(id), form, FormErrors.of(problem), locale));
        }
        Notices.confirm(redirect, "invitations.phone.saved");
        return "redirect:/admin/invitations/" + id;
    }

    @PostMapping("/admin/invitations/{id}/resend")
    String resend(@PathVariable String id, RedirectAttributes redirect) {
        manage.resend(id);
        Notices.confirm(redirect, "invitations.action.resent");
        return "redirect:/admin/invitations/" + id;
    }

    @PostMapping("/admin/invitations/{id}/reissue")
    String reissue(@PathVariable String id, RedirectAttributes redirect) {
        manage.reissue(id);
        Notices.confirm(redirect, "invitations.action.reissued");
        return "redirect:/admin/invitations/" + id;
    }

    @PostMapping("/admin/invitations/{id}/revoke")
    String revoke(@PathVariable String id, RedirectAttributes redirect) {
        manage.revoke(id);
        Notices.confirm(redirect, "invitations.action.revoked");
        return "redirect:/admin/invitations/" + id;
    }

    private String show(Model model, ReplyView v, ReplyForm form, FormErrors errors, Locale locale) {
        model.addAttribute("view", new CampaignViews.InvitationPage(v, form, errors, new Texts(locale)));
        return VIEW;
    }
}
