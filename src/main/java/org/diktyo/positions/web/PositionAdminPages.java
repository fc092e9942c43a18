package org.diktyo.positions.web;

import java.util.Locale;

import org.diktyo.documents.FileDownloads;
import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.diktyo.positions.domain.DraftPositions;
import org.diktyo.positions.domain.OpenSignature;
import org.diktyo.positions.domain.Position;
import org.diktyo.positions.domain.ReadPositions;
import org.diktyo.positions.domain.RecordResponse;
import org.diktyo.positions.domain.RemindSignatories;
import org.diktyo.positions.domain.SendPosition;
import org.diktyo.positions.domain.UploadSignedLetter;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/positions}: every position and its state; {@code /admin/positions/{id}}: the
 * signature tracker (who signed, who must confirm again, who has not), the reminder (once), the
 * close, the send form with the protocol number, and what became of each message sent.
 */
@Controller
class PositionAdminPages {

    private final ReadPositions read;
    private final OpenSignature signature;
    private final RemindSignatories remind;
    private final SendPosition send;
    private final MessageSource messages;
    private final UploadSignedLetter letters;
    private final RecordResponse responses;
    private final EndorsementPages endorsements;
    private final DraftPositions draft;

    PositionAdminPages(ReadPositions read, OpenSignature signature, RemindSignatories remind, SendPosition send,
            MessageSource messages, UploadSignedLetter letters, RecordResponse responses, EndorsementPages endorsements,
            DraftPositions draft) {
        this.draft = draft;
        this.endorsements = endorsements;
        this.letters = letters;
        this.responses = responses;
        this.read = read;
        this.signature = signature;
        this.remind = remind;
        this.send = send;
        this.messages = messages;
    }

    @GetMapping("/admin/positions")
    String list(Model model, Locale locale) {
        model.addAttribute("view", new PositionViews.ListPage(read.list(null).stream()
                .map(p -> PositionViews.Row.of(p, locale)).toList(), true));
        return "positions/list";
    }

    @GetMapping("/admin/positions/{positionId}")
    String tracker(@PathVariable String positionId, Model model, Locale locale) {
        return show(positionId, model, locale, null, null, null);
    }

    /** The letter a municipality signed with (the secretariat); the reading is audited. */
    @GetMapping("/admin/positions/{positionId}/signatures/{municipalityId}/letter")
    ResponseEntity<InputStreamResource> letter(@PathVariable String positionId, @PathVariable String municipalityId) {
        UploadSignedLetter.Letter letter = letters.letter(positionId, municipalityId);
        return FileDownloads.attachment(letter.file(), letter.content());
    }

    @PostMapping("/admin/positions/{positionId}/send")
    String send(@PathVariable String positionId, @RequestParam(required = false) String protocolNo,
            @RequestParam(required = false) String reason, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            send.send(positionId, protocolNo, reason);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(positionId, model, locale, problem, protocolNo, reason));
        }
        Notices.confirm(redirect, "positions.notice.sent");
        return "redirect:/admin/positions/" + positionId;
    }

    @PostMapping("/admin/positions/{positionId}/remind")
    String remind(@PathVariable String positionId, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            remind.remindNow(positionId);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(positionId, model, locale, problem, null, null));
        }
        Notices.confirm(redirect, "positions.notice.reminded");
        return "redirect:/admin/positions/" + positionId;
    }

    @PostMapping("/admin/positions/{positionId}/close")
    String close(@PathVariable String positionId, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            signature.close(positionId);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(positionId, model, locale, problem, null, null));
        }
        Notices.confirm(redirect, "positions.notice.closed");
        return "redirect:/admin/positions/" + positionId;
    }

    /** The stages before the signature, as the API has them: consultation, freeze, signature opened. */
    @PostMapping("/admin/positions/{positionId}/open-consultation")
    String openConsultation(@PathVariable String positionId, @RequestParam(required = false) String closesOn,
            Model model, Locale locale, RedirectAttributes redirect) {
        return stage(positionId, model, locale, redirect, "positions.notice.consultation",
                () -> draft.openConsultation(positionId, day(closesOn)));
    }

    @PostMapping("/admin/positions/{positionId}/freeze")
    String freeze(@PathVariable String positionId, Model model, Locale locale, RedirectAttributes redirect) {
        return stage(positionId, model, locale, redirect, "positions.notice.frozen", () -> draft.freeze(positionId));
    }

    @PostMapping("/admin/positions/{positionId}/open-signature")
    String openSignature(@PathVariable String positionId, @RequestParam(required = false) String closesOn,
            Model model, Locale locale, RedirectAttributes redirect) {
        return stage(positionId, model, locale, redirect, "positions.notice.signatureOpened",
                () -> signature.open(positionId, day(closesOn), null, null));
    }

    private String stage(String id, Model model, Locale locale, RedirectAttributes redirect, String notice,
            Runnable change) {
        try {
            change.run();
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(id, model, locale, problem, null, null));
        }
        Notices.confirm(redirect, notice);
        return "redirect:/admin/positions/" + id;
    }

    /** A date field's value; blank or unreadable is a problem at the field. */
    private static java.time.LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw Problem.invalid(java.util.List.of(new Problem.FieldProblem("closesOn", "positions.form.date")));
        }
    }

    private String show(String id, Model model, Locale locale, Problem problem, String protocolNo, String reason) {
        ReadPositions.Tracker tracker = read.tracker(id);
        Position p = tracker.position();
        model.addAttribute("view", new PositionViews.TrackerPage(p, p.title().in(locale), PositionViews.deadline(p, locale),
                tracker.counting(), tracker.rows().stream().map(r -> PositionViews.TrackerLine.of(r, locale,
                        r.signature() == null ? null : letters.check(id, r.municipalityId()).orElse(null),
                        r.signature() == null ? java.util.List.of() : read.history(id, r.municipalityId()))).toList(),
                p.state().published() ? sentOrEmpty(id) : java.util.List.of(), read.correctionReasons(id),
                problem != null && !problem.fields().isEmpty() ? FormErrors.of(problem) : FormErrors.NONE,
                problem == null || !problem.fields().isEmpty() ? null
                        : messages.getMessage(problem.key(), problem.args(), locale),
                protocolNo, reason, responses.of(id).stream().map(r -> PositionViews.ResponseView.of(r, locale)).toList(),
                endorsements.names(id, locale), endorsements.choices(p, locale)));
        return "positions/tracker";
    }

    private java.util.List<ReadPositions.SentMessage> sentOrEmpty(String id) {
        try {
            return read.sent(id);
        } catch (Problem notTheSecretariat) {
            return java.util.List.of();
        }
    }
}
