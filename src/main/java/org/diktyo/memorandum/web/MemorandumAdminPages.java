package org.diktyo.memorandum.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.diktyo.language.DatePhrases;
import org.diktyo.memorandum.domain.MemorandumVersion;
import org.diktyo.memorandum.domain.ReadAdoptions;
import org.diktyo.memorandum.domain.ReadMemorandum;
import org.diktyo.memorandum.domain.RequestAdoptions;
import org.diktyo.memorandum.domain.VerifyAdoption;
import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.diktyo.documents.FileDownloads;
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
 * {@code /admin/memorandum/versions/{n}/adoptions}: the secretariat's adoption tracker: every
 * member and every municipality that recorded something, who is late after the deadline, the
 * signed copy (audited), verify or refuse with a reason, and the request to the members.
 */
@Controller
class MemorandumAdminPages {

    static final String VIEW = "memorandum/adoptions";

    private final ReadMemorandum memorandum;
    private final ReadAdoptions adoptions;
    private final VerifyAdoption verify;
    private final RequestAdoptions requests;
    private final TrackerRows trackerRows;

    MemorandumAdminPages(ReadMemorandum memorandum, ReadAdoptions adoptions, VerifyAdoption verify,
            RequestAdoptions requests, TrackerRows trackerRows) {
        this.memorandum = memorandum;
        this.adoptions = adoptions;
        this.verify = verify;
        this.requests = requests;
        this.trackerRows = trackerRows;
    }

    @GetMapping("/admin/memorandum/versions/{number}/adoptions")
    String tracker(@PathVariable int number, Model model, Locale locale) {
        return show(number, model, locale, FormErrors.NONE, FormErrors.NONE, null);
    }

    /** The secretariat's board of the version's amendments is the drafting module's, for every text. */
    @GetMapping("/admin/memorandum/versions/{number}/amendments")
    String amendments(@PathVariable int number) {
        return "redirect:/admin/drafts/" + memorandum.version(number).textId() + "/amendments";
    }

    @PostMapping("/admin/memorandum/versions/{number}/adoption-requests")
    String request(@PathVariable int number, @RequestParam(required = false) String deadline, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            LocalDate date = null;
            if (deadline != null && !deadline.isBlank()) {
                try {
                    date = LocalDate.parse(deadline.strip());
                } catch (DateTimeParseException e) {
                    throw Problem.invalid(List.of(new Problem.FieldProblem("deadline", "memorandum.adoption.date.invalid")));
                }
            }
            requests.request(number, date);
            Notices.confirm(redirect, "memorandum.adoptions.requested");
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(number, model, locale, FormErrors.of(problem), FormErrors.NONE, null));
        }
        return "redirect:/admin/memorandum/versions/" + number + "/adoptions";
    }

    @PostMapping("/admin/memorandum/versions/{number}/adoptions/{municipalityId}/verify")
    String verify(@PathVariable int number, @PathVariable String municipalityId, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            verify.verify(number, municipalityId);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(number, model, locale, FormErrors.NONE, FormErrors.of(problem),
                    municipalityId));
        }
        Notices.confirm(redirect, "memorandum.adoptions.verified");
        return "redirect:/admin/memorandum/versions/" + number + "/adoptions";
    }

    @PostMapping("/admin/memorandum/versions/{number}/adoptions/{municipalityId}/reject")
    String reject(@PathVariable int number, @PathVariable String municipalityId,
            @RequestParam(required = false) String reason, Model model, Locale locale, RedirectAttributes redirect) {
        return withReason(number, municipalityId, false, reason, model, locale, redirect);
    }

    /** The formal withdrawal of a verified adoption, with its reason. */
    @PostMapping("/admin/memorandum/versions/{number}/adoptions/{municipalityId}/revoke")
    String revoke(@PathVariable int number, @PathVariable String municipalityId,
            @RequestParam(required = false) String reason, Model model, Locale locale, RedirectAttributes redirect) {
        return withReason(number, municipalityId, true, reason, model, locale, redirect);
    }

    private String withReason(int number, String municipalityId, boolean revoke, String reason, Model model,
            Locale locale, RedirectAttributes redirect) {
        try {
            if (revoke) {
                verify.revoke(number, municipalityId, reason);
            } else {
                verify.reject(number, municipalityId, reason);
            }
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(number, model, locale, FormErrors.NONE, FormErrors.of(problem),
                    municipalityId));
        }
        Notices.confirm(redirect, revoke ? "memorandum.adoptions.revoked" : "memorandum.adoptions.rejected");
        return "redirect:/admin/memorandum/versions/" + number + "/adoptions";
    }

    @GetMapping("/admin/memorandum/versions/{number}/adoptions/{municipalityId}/signed-copy")
    ResponseEntity<InputStreamResource> signedCopy(@PathVariable int number, @PathVariable String municipalityId) {
        ReadAdoptions.SignedCopy copy = adoptions.signedCopy(number, municipalityId);
        return FileDownloads.attachment(copy.file(), copy.content());
    }

    private String show(int number, Model model, Locale locale, FormErrors request, FormErrors row, String rowId) {
        MemorandumVersion v = memorandum.version(number);
        List<MemorandumViews.TrackerRow> rows = trackerRows.of(v, locale);
        model.addAttribute("view", new MemorandumViews.TrackerPage(v, v.label().in(locale),
                v.readoptionDeadline() == null ? null : DatePhrases.date(v.readoptionDeadline(), locale), rows,
                rows.stream().filter(r -> "VERIFIED".equals(r.state())).count(), request, row, rowId));
        return VIEW;
    }
}
