package org.diktyo.positions.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.diktyo.documents.StoredFiles;
import org.diktyo.documents.Uploads;
import org.diktyo.links.LinkGuesses;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.diktyo.positions.domain.CompareCorrections;
import org.diktyo.positions.domain.Position;
import org.diktyo.positions.domain.PositionState;
import org.diktyo.positions.domain.SignByLink;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /positions/sign/{token}}: the page a mayor's mailed link opens, without an account: the
 * text, the last day of signing, and one button to sign (or confirm again after a correction) or
 * to withdraw, or the letter the mayor signed to upload (PAdES checked; a broken signature is
 * refused). A refused form comes back with the reason and changes nothing.
 */
@Controller
class SignatureLinkPages {

    private final SignByLink link;
    private final LinkGuesses guesses;
    private final MessageSource messages;
    private final StoredFiles files;
    private final CompareCorrections corrections;

    SignatureLinkPages(SignByLink link, LinkGuesses guesses, MessageSource messages, StoredFiles files,
            CompareCorrections corrections) {
        this.corrections = corrections;
        this.files = files;
        this.link = link;
        this.guesses = guesses;
        this.messages = messages;
    }

    @GetMapping("/positions/sign/{signatureToken}")
    String page(@PathVariable String signatureToken, Model model, Locale locale, HttpServletRequest request) {
        return show(signatureToken, model, locale, request, null);
    }

    /** What the corrections changed, word by word, before the mayor confirms again. */
    @GetMapping("/positions/sign/{signatureToken}/changes")
    String changes(@PathVariable String signatureToken, Model model, Locale locale, HttpServletRequest request) {
        Position p = guesses.guarded(request, () -> link.view(signatureToken)).position();
        model.addAttribute("view", new PositionViews.ChangesPage(p.title().in(locale), "/positions/sign/" + signatureToken,
                PositionViews.ChangeView.of(corrections.of(p, locale))));
        return "positions/changes";
    }

    @PostMapping("/positions/sign/{signatureToken}")
    String sign(@PathVariable String signatureToken, @RequestParam(required = false) String textHash, Model model,
            Locale locale, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            guesses.guarded(request, () -> link.sign(signatureToken, textHash));
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(signatureToken, model, locale, request, problem));
        }
        Notices.confirm(redirect, "positions.notice.signed");
        return "redirect:/positions/sign/" + signatureToken;
    }

    @PostMapping("/positions/sign/{signatureToken}/letter")
    String letter(@PathVariable String signatureToken, MultipartHttpServletRequest multipart, Model model, Locale locale,
            HttpServletRequest request, RedirectAttributes redirect) {
        try {
            guesses.guarded(request, () -> {
                MultipartFile file = Uploads.file(multipart, files.maxSizeText());
                try (InputStream in = file.getInputStream()) {
                    return link.uploadLetter(signatureToken, file.getOriginalFilename(), file.getSize(), in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(signatureToken, model, locale, request, problem));
        }
        Notices.confirm(redirect, "positions.notice.letterSigned");
        return "redirect:/positions/sign/" + signatureToken;
    }

    @PostMapping("/positions/sign/{signatureToken}/withdraw")
    String withdraw(@PathVariable String signatureToken, Model model, Locale locale, HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            guesses.guarded(request, () -> link.withdraw(signatureToken));
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(signatureToken, model, locale, request, problem));
        }
        Notices.confirm(redirect, "positions.notice.withdrawn");
        return "redirect:/positions/sign/" + signatureToken;
    }

    private String show(String token, Model model, Locale locale, HttpServletRequest request, Problem problem) {
        SignByLink.LinkView v = guesses.guarded(request, () -> link.view(token));
        Position p = v.position();
        model.addAttribute("view", new PositionViews.SignPage(token, p.title().in(locale), p.subject().in(locale),
                v.municipality().in(locale), PositionViews.deadline(p, locale), PositionViews.status(p, v.signature()),
                p.textHash(), PositionViews.ClauseView.of(v.clauses(), locale), p.state() == PositionState.OPEN_FOR_SIGNATURE,
                problem == null ? null : messages.getMessage(problem.key(), problem.args(), locale), files.maxSizeText()));
        return "positions/sign";
    }
}
