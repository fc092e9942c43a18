package org.diktyo.positions.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.diktyo.documents.StoredFiles;
import org.diktyo.documents.Uploads;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.diktyo.positions.domain.Position;
import org.diktyo.positions.domain.ReadPositions;
import org.diktyo.positions.domain.SignPosition;
import org.diktyo.positions.domain.UploadSignedLetter;
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
 * {@code /account/positions}: a focal point's positions to sign, with the last day of signing
 * («έως την Τρίτη 11 Ιουνίου 2024»), signed «με εντολή του Δημάρχου» in one click, confirmed
 * again after a correction, or withdrawn until the close; or signed with the letter the mayor
 * signed, uploaded (PAdES checked as for the memorandum; a broken signature is refused).
 */
@Controller
class PositionAccountPages {

    private final ReadPositions read;
    private final SignPosition sign;
    private final ViewerResolver viewers;
    private final MessageSource messages;
    private final UploadSignedLetter letters;
    private final StoredFiles files;

    PositionAccountPages(ReadPositions read, SignPosition sign, ViewerResolver viewers, MessageSource messages,
            UploadSignedLetter letters, StoredFiles files) {
        this.letters = letters;
        this.files = files;
        this.read = read;
        this.sign = sign;
        this.viewers = viewers;
        this.messages = messages;
    }

    @GetMapping("/account/positions")
    String toSign(Model model, Locale locale) {
        return show(model, locale, null, null);
    }

    @PostMapping("/account/positions/{positionId}/sign")
    String sign(@PathVariable String positionId, @RequestParam(required = false) String textHash, Model model,
            Locale locale, RedirectAttributes redirect) {
        try {
            sign.sign(positionId, viewers.current().municipalityId(), textHash);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(model, locale, problem, positionId));
        }
        Notices.confirm(redirect, "positions.notice.signed");
        return "redirect:/account/positions";
    }

    @PostMapping("/account/positions/{positionId}/letter")
    String letter(@PathVariable String positionId, MultipartHttpServletRequest multipart, Model model, Locale locale,
            RedirectAttributes redirect) throws IOException {
        try {
            MultipartFile file = Uploads.file(multipart, files.maxSizeText());
            try (InputStream in = file.getInputStream()) {
                letters.upload(positionId, viewers.current().municipalityId(), file.getOriginalFilename(), file.getSize(), in);
            }
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(model, locale, problem, positionId));
        }
        Notices.confirm(redirect, "positions.notice.letterSigned");
        return "redirect:/account/positions";
    }

    @PostMapping("/account/positions/{positionId}/withdraw")
    String withdraw(@PathVariable String positionId, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            sign.withdraw(positionId, viewers.current().municipalityId());
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(model, locale, problem, positionId));
        }
        Notices.confirm(redirect, "positions.notice.withdrawn");
        return "redirect:/account/positions";
    }

    private String show(Model model, Locale locale, Problem problem, String refusedId) {
        var rows = read.toSign().stream().map(t -> {
            Position p = t.position();
            return new PositionViews.ToSignLine(p.id(), p.title().in(locale), PositionViews.deadline(p, locale),
                    PositionViews.status(p, t.signature()), p.textHash());
        }).toList();
        model.addAttribute("view", new PositionViews.ToSignPage(rows,
                problem == null ? null : messages.getMessage(problem.key(), problem.args(), locale), refusedId,
                files.maxSizeText()));
        return "positions/toSign";
    }
}
