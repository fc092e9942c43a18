package org.diktyo.memorandum.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.diktyo.documents.StoredFiles;
import org.diktyo.documents.Uploads;
import org.diktyo.links.LinkGuesses;
import org.diktyo.memorandum.domain.AdoptByLink;
import org.diktyo.memorandum.domain.CouncilDecision;
import org.diktyo.memorandum.domain.SignatoryCapacity;
import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /memorandum/adopt/{adoptionToken}}: the page a municipality's mailed link opens, without an
 * account: step 1, the council's decision; step 2, the signed copy; then what the secretariat
 * decided. Plain forms; a refused one comes back with what was typed and changes nothing.
 */
@Controller
class AdoptionLinkPages {

    static final String VIEW = "memorandum/adopt";

    private final AdoptByLink adopt;
    private final LinkGuesses guesses;
    private final StoredFiles files;

    AdoptionLinkPages(AdoptByLink adopt, LinkGuesses guesses, StoredFiles files) {
        this.adopt = adopt;
        this.guesses = guesses;
        this.files = files;
    }

    @GetMapping("/memorandum/adopt/{adoptionToken}")
    String page(@PathVariable("adoptionToken") String token, Model model, Locale locale, HttpServletRequest request) {
        AdoptByLink.LinkView v = guesses.guarded(request, () -> adopt.view(token));
        return show(model, token, v, MemorandumViews.DecisionForm.of(v.adoption()), FormErrors.NONE, FormErrors.NONE,
                locale);
    }

    @PostMapping("/memorandum/adopt/{adoptionToken}")
    String decide(@PathVariable("adoptionToken") String token, @ModelAttribute MemorandumViews.DecisionForm form, Model model, Locale locale,
            HttpServletRequest request, RedirectAttributes redirect) {
        try {
            guesses.guarded(request, () -> adopt.recordDecision(token, decision(form)));
        } catch (Problem problem) {
            AdoptByLink.LinkView v = guesses.guarded(request, () -> adopt.view(token));
            return Forms.redisplay(problem, () -> show(model, token, v, form, FormErrors.of(problem), FormErrors.NONE, locale));
        }
        Notices.confirm(redirect, "memorandum.adopt.decision.saved");
        return "redirect:/memorandum/adopt/" + token;
    }

    @PostMapping("/memorandum/adopt/{adoptionToken}/signed-copy")
    String upload(@PathVariable("adoptionToken") String token, MultipartHttpServletRequest multipart, Model model, Locale locale,
            HttpServletRequest request, RedirectAttributes redirect) {
        try {
            guesses.guarded(request, () -> {
                MultipartFile file = Uploads.file(multipart, files.maxSizeText());
                try (InputStream in = file.getInputStream()) {
                    return adopt.uploadSignedCopy(token, file.getOriginalFilename(), file.getSize(), in);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (Problem problem) {
            AdoptByLink.LinkView v = guesses.guarded(request, () -> adopt.view(token));
            return Forms.redisplay(problem, () -> show(model, token, v, MemorandumViews.DecisionForm.of(v.adoption()),
                    FormErrors.NONE, FormErrors.of(problem), locale));
        }
        Notices.confirm(redirect, "memorandum.adopt.copy.saved");
        return "redirect:/memorandum/adopt/" + token;
    }

    /** The typed decision; a date that is not one is refused before anything else is checked. */
    private static CouncilDecision decision(MemorandumViews.DecisionForm form) {
        List<Problem.FieldProblem> problems = new ArrayList<>();
        LocalDate decided = date(problems, "decisionDate", form.decisionDate());
        LocalDate signed = date(problems, "signedOn", form.signedOn());
        SignatoryCapacity capacity = null;
        if (form.signatoryCapacity() != null && !form.signatoryCapacity().isBlank()) {
            try {
                capacity = SignatoryCapacity.valueOf(form.signatoryCapacity());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem.FieldProblem("signatoryCapacity", "platform.error.required"));
            }
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return new CouncilDecision(form.decisionNumber(), decided, form.ada(), form.signatoryName(), capacity,
                form.authorisationRef(), signed);
    }

    private static LocalDate date(List<Problem.FieldProblem> problems, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem.FieldProblem(field, "memorandum.adoption.date.invalid"));
            return null;
        }
    }

    private String show(Model model, String token, AdoptByLink.LinkView v, MemorandumViews.DecisionForm form, FormErrors decision,
            FormErrors copy, Locale locale) {
        model.addAttribute("view", new MemorandumViews.AdoptionPage(token, v.version().label().in(locale),
                v.version().number(), v.municipality().in(locale), v.adoption(), form, decision, copy, files.maxSizeText(),
                v.signature()));
        return VIEW;
    }
}
