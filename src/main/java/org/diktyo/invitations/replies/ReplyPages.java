package org.diktyo.invitations.replies;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.diktyo.invitations.Links;
import org.diktyo.invitations.ReplyView;
import org.diktyo.invitations.Texts;
import org.diktyo.invitations.checkin.CheckInCodes;
import org.diktyo.links.LinkGuesses;
import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
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

/**
 * The reply page {@code /r/{token}}, without an account: the meeting, its parts, agenda and
 * documents, the answer form until the deadline, then a late request. Plain forms; a refused
 * answer comes back with what was typed and changes nothing.
 */
@Controller
class ReplyPages {

    static final String VIEW = "invitations/reply";

    private final AnswerInvitation replies;
    private final SendLateRequest late;
    private final LinkGuesses guesses;
    private final ReplyDocuments documents;
    private final Links links;

    ReplyPages(AnswerInvitation replies, SendLateRequest late, LinkGuesses guesses, ReplyDocuments documents, Links links) {
        this.replies = replies;
        this.late = late;
        this.guesses = guesses;
        this.documents = documents;
        this.links = links;
    }

    @GetMapping("/r/{token}")
    String page(@PathVariable String token, Model model, Locale locale, HttpServletRequest request) {
        ReplyView v = guesses.guarded(request, () -> replies.view(token));
        return show(model, token, v, ReplyForm.of(v), FormErrors.NONE, FormErrors.NONE, locale);
    }

    @PostMapping("/r/{token}")
    String answer(@PathVariable String token, @ModelAttribute("form") ReplyForm form, BindingResult binding, Model model,
            Locale locale, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            guesses.guarded(request, () -> replies.answer(token, form.input()));
        } catch (Problem problem) {
            ReplyView v = guesses.guarded(request, () -> replies.view(token));
            return Forms.redisplay(problem, () -> show(model, token, v, form, FormErrors.of(problem), FormErrors.NONE, locale));
        }
        Notices.confirm(redirect, "invitations.reply.saved");
        return "redirect:/r/" + token;
    }

    @PostMapping("/r/{token}/late")
    String late(@PathVariable String token, @RequestParam(required = false) String message, Model model, Locale locale,
            HttpServletRequest request, RedirectAttributes redirect) {
        try {
            guesses.guarded(request, () -> late.send(token, message));
        } catch (Problem problem) {
            ReplyView v = guesses.guarded(request, () -> replies.view(token));
            return Forms.redisplay(problem, () -> show(model, token, v, ReplyForm.of(v), FormErrors.NONE,
                    FormErrors.of(problem), locale));
        }
        Notices.confirm(redirect, "invitations.late.saved");
        return "redirect:/r/" + token;
    }

    @GetMapping("/r/{token}/documents/{documentId}")
    ResponseEntity<InputStreamResource> document(@PathVariable String token, @PathVariable String documentId,
            HttpServletRequest request) {
        return guesses.guarded(request, () -> documents.download(token, documentId));
    }

    /** A confirmed delegate's check-in QR code. */
    @GetMapping("/r/{token}/delegates/{delegateId}/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable String token, @PathVariable String delegateId, HttpServletRequest request) {
        ReplyView v = guesses.guarded(request, () -> replies.view(token));
        var delegate = v.delegates().stream().filter(d -> d.id().equals(delegateId) && v.confirmed(d)).findFirst()
                .orElseThrow(Problem::notFound);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(CheckInCodes.png(links.checkInUrl(delegate.checkInCode()), 320));
    }

    private String show(Model model, String token, ReplyView v, ReplyForm form, FormErrors errors, FormErrors late,
            Locale locale) {
        model.addAttribute("view", new ReplyPage(token, v, form, errors, late, new Texts(locale)));
        return VIEW;
    }
}
