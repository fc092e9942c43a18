package org.diktyo.positions.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.diktyo.documents.StoredFiles;
import org.diktyo.documents.Uploads;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.diktyo.positions.domain.EditPosition;
import org.diktyo.positions.domain.ReadPositions;
import org.diktyo.positions.domain.UploadSignedLetter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/positions/{id}/signatures/{municipalityId}/upload}: the secretariat uploads the
 * letter a municipality's mayor signed, on its behalf (the same use case and PAdES check as the
 * API; the upload is audited). A refused letter comes back with the reason, nothing written.
 */
@Controller
class SignedLetterPages {

    private final UploadSignedLetter letters;
    private final ReadPositions read;
    private final EditPosition edit;
    private final StoredFiles files;
    private final MessageSource messages;

    SignedLetterPages(UploadSignedLetter letters, ReadPositions read, EditPosition edit, StoredFiles files,
            MessageSource messages) {
        this.letters = letters;
        this.read = read;
        this.edit = edit;
        this.files = files;
        this.messages = messages;
    }

    @GetMapping("/admin/positions/{positionId}/signatures/{municipalityId}/upload")
    String page(@PathVariable String positionId, @PathVariable String municipalityId, Model model, Locale locale) {
        edit.allowed();
        return show(positionId, municipalityId, model, locale, null);
    }

    @PostMapping("/admin/positions/{positionId}/signatures/{municipalityId}/upload")
    String upload(@PathVariable String positionId, @PathVariable String municipalityId,
            MultipartHttpServletRequest multipart, Model model, Locale locale, RedirectAttributes redirect)
            throws IOException {
        edit.allowed();
        try {
            MultipartFile file = Uploads.file(multipart, files.maxSizeText());
            try (InputStream in = file.getInputStream()) {
                letters.upload(positionId, municipalityId, file.getOriginalFilename(), file.getSize(), in);
            }
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(positionId, municipalityId, model, locale, problem));
        }
        Notices.confirm(redirect, "positions.notice.letterSigned");
        return "redirect:/admin/positions/" + positionId;
    }

    private String show(String positionId, String municipalityId, Model model, Locale locale, Problem problem) {
        ReadPositions.Tracker tracker = read.tracker(positionId);
        ReadPositions.TrackerRow row = tracker.rows().stream().filter(r -> r.municipalityId().equals(municipalityId))
                .findFirst().orElseThrow(Problem::notFound);
        model.addAttribute("view", new PositionViews.UploadPage(positionId, tracker.position().title().in(locale),
                municipalityId, row.name().in(locale), row.status(), PositionViews.deadline(tracker.position(), locale),
                problem == null ? null : messages.getMessage(problem.key(), problem.args(), locale), files.maxSizeText()));
        return "positions/upload";
    }
}
