package org.diktyo.invitations.letters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.diktyo.documents.LetterPdf;
import org.diktyo.language.GreekText;
import org.diktyo.language.Language;
import org.diktyo.network.Addressees;
import org.diktyo.platform.LanguageParameter;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The secretariat's preview of a meeting's letter in the browser, the same letter as the PDF
 * (rendered from the same template), with a link to the PDF. A plain GET form chooses the
 * municipality, the language and the reply deadline; a refusal is shown above the form.
 */
@Controller
class LetterPreviewPages {

    static final String PREVIEW = "invitations/letters/preview";

    private final LetterFiles files;
    private final ViewerResolver viewers;
    private final Addressees addressees;

    LetterPreviewPages(LetterFiles files, ViewerResolver viewers, Addressees addressees) {
        this.files = files;
        this.viewers = viewers;
        this.addressees = addressees;
    }

    /** Every municipality by its official name: Greek names in Greek collation order, English ones in English order. */
    List<LetterPreviewView.Choice> choices(Locale locale) {
        Language language = Language.of(locale);
        return addressees.all().stream().map(a -> new LetterPreviewView.Choice(a.municipalityId(),
                        a.officialName().in(language)))
                .sorted(Comparator.comparing(LetterPreviewView.Choice::name, GreekText.collator(language.locale())))
                .toList();
    }

    @GetMapping("/admin/meetings/{id}/letter")
    String preview(@PathVariable String id, @RequestParam(required = false) String municipality,
            @RequestParam(defaultValue = "el") String lang, @RequestParam(required = false) String deadline, Model model,
            Locale locale) {
        requireSecretariat();
        String html = null;
        String pdf = null;
        Problem problem = null;
        if (municipality != null && !municipality.isBlank()) {
            try {
                html = LetterPdf.previewHtml(files.letter(id, municipality, LanguageParameter.locale(lang), date(deadline)));
                pdf = "/admin/meetings/" + id + "/letter.pdf?municipality=" + municipality + "&lang=" + lang
                        + "&deadline=" + deadline;
            } catch (Problem refused) {
                if (refused.status().value() == 404 && refused.key().equals("platform.error.notFound")) {
                    throw refused;
                }
                problem = refused;
            }
        }
        model.addAttribute("view", new LetterPreviewView(id, municipality == null ? "" : municipality, lang,
                deadline == null ? "" : deadline, html, pdf, problem, choices(locale)));
        return PREVIEW;
    }

    @GetMapping("/admin/meetings/{id}/letter.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @RequestParam String municipality,
            @RequestParam(defaultValue = "el") String lang, @RequestParam String deadline) {
        requireSecretariat();
        byte[] bytes = LetterPdf.render(files.letter(id, municipality, LanguageParameter.locale(lang), date(deadline)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("letter-" + municipality + "-" + lang + ".pdf").build().toString())
                .body(bytes);
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Problem(org.springframework.http.HttpStatus.BAD_REQUEST, "platform.error.parameter", "deadline");
        }
    }

    private void requireSecretariat() {
        if (!viewers.current().secretariat()) {
            throw viewers.current().signedIn() ? Problem.forbidden() : Problem.unauthorized();
        }
    }
}
