package org.diktyo.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diktyo.documents.render.PdfEngine;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The renderer alone: archival, fonts embedded, salutation by gender, nothing fetched. */
class LetterPdfTest {

    static Letter letter(Locale locale, Letter.Gender gender, String url) {
        return new Letter(locale, new Letter.Letterhead("Δίκτυο Πόλεων για την Ένταξη",
                List.of("Διεθνής Οργανισμός Μετανάστευσης (IOM)", "Ύπατη Αρμοστεία του ΟΗΕ για τους Πρόσφυγες (UNHCR)")),
                LocalDate.of(2024, 6, 3), new Letter.Recipient("Δήμος Λαρισαίων", "Δήμαρχος Λαρισαίων", "Άθως Μπαξεβάνης", gender),
                "Πρόσκληση σε Συνάντηση Εργασίας\nτου Δικτύου Πόλεων για την Ένταξη",
                List.of("Πρώτη παράγραφος «με εισαγωγικά» – και παύλα.", "Δεύτερη παράγραφος."),
                new Letter.Signatory("Ο Δήμαρχος Αθηναίων", "Χάρης Δούκας"), List.of("Μνημόνιο συνεργασίας"),
                LocalDate.of(2024, 6, 11), url, "Το Δίκτυο υποστηρίζουν ο ΔΟΜ και η Ύπατη Αρμοστεία.");
    }

    @Test
    void aLetterIsPdfA3aWithItsFontsEmbedded() {
        byte[] pdf = LetterPdf.render(letter(Locale.forLanguageTag("el"), Letter.Gender.FEMALE, "https://diktyo.example/r/abc"));
        assertThat(Pdfs.veraPdfFailures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(Pdfs.pdfaClaim(pdf)).isEqualTo("3A");
        assertThat(Pdfs.fonts(pdf)).isNotEmpty().allMatch(f -> f.endsWith(" embedded"));
        String text = Pdfs.text(pdf);
        assertThat(text).contains("ΠΡΟΣΚΛΗΣΗ ΣΕ ΣΥΝΑΝΤΗΣΗ ΕΡΓΑΣΙΑΣ ΤΟΥ ΔΙΚΤΥΟΥ ΠΟΛΕΩΝ ΓΙΑ ΤΗΝ ΕΝΤΑΞΗ",
                "Αξιότιμη κυρία Δήμαρχε,", "Προς Δήμαρχος Λαρισαίων κ. Άθως Μπαξεβάνης Δήμος Λαρισαίων",
                "Πρώτη παράγραφος «με εισαγωγικά» – και παύλα.", "Συνημμένα 1. Μνημόνιο συνεργασίας",
                "Απαντήστε μέχρι την Τρίτη 11 Ιουνίου 2024", "https://diktyo.example/r/abc", "Δευτέρα 3 Ιουνίου 2024",
                "Με την υποστήριξη: Διεθνής Οργανισμός Μετανάστευσης (IOM) · Ύπατη Αρμοστεία");
    }

    /** Each word of the page with the top of its line ({@code yMin}, points from the top), as pdftotext reads it ({@code -bbox}). */
    static List<Map.Entry<String, Double>> words(byte[] pdf) {
        org.diktyo.Tools.requirePdftotext();
        String boxes = org.diktyo.Tools.withFile(pdf, ".pdf",
                file -> org.diktyo.Tools.run(List.of("pdftotext", "-bbox", "-enc", "UTF-8", file.toString(), "-")));
        Matcher word = Pattern.compile("<word xMin=\"[^\"]+\" yMin=\"([^\"]+)\"[^>]*>([^<]*)</word>").matcher(boxes);
        List<Map.Entry<String, Double>> words = new ArrayList<>();
        while (word.find()) {
            words.add(Map.entry(word.group(2), Double.valueOf(word.group(1))));
        }
        return words;
    }

    @Test
    void theLettersParagraphsAreSetApartByMoreThanTheirLines() {
        String longer = "Άλφα " + "λέξη ".repeat(60) + "τέλος.";
        Letter base = letter(Locale.forLanguageTag("el"), Letter.Gender.FEMALE, "https://x.example/r/1");
        Letter letter = new Letter(base.locale(), base.letterhead(), base.dated(), base.recipient(), base.heading(),
                List.of(longer, "Βήτα παράγραφος.", "Γάμμα παράγραφος."), base.signatory(), base.attachments(),
                base.rsvpDeadline(), base.rsvpUrl(), base.supporters());
        List<Map.Entry<String, Double>> words = words(LetterPdf.render(letter));
        List<String> text = words.stream().map(Map.Entry::getKey).toList();
        int first = text.indexOf("Άλφα");
        int last = text.indexOf("τέλος.");
        // the lines of the first paragraph, one above the other: their pitch
        List<Double> lines = words.subList(first, last + 1).stream().map(Map.Entry::getValue).distinct().sorted().toList();
        assertThat(lines).as("the first paragraph runs over several lines").hasSizeGreaterThan(2);
        double pitch = (lines.get(lines.size() - 1) - lines.get(0)) / (lines.size() - 1);
        double second = words.get(text.indexOf("Βήτα")).getValue();
        double third = words.get(text.indexOf("Γάμμα")).getValue();
        // between paragraphs, at least half a line more than from one line to the next within one
        assertThat(second - lines.get(lines.size() - 1)).as("before the second paragraph").isGreaterThan(pitch * 1.5);
        assertThat(third - second).as("before the third paragraph").isGreaterThan(pitch * 1.5);
    }

    @Test
    void theSalutationFollowsTheGenderAndTheLanguage() {
        assertThat(Pdfs.text(LetterPdf.render(letter(Locale.forLanguageTag("el"), Letter.Gender.MALE, "https://x.example/r/1"))))
                .contains("Αξιότιμε κύριε Δήμαρχε,");
        assertThat(Pdfs.text(LetterPdf.render(letter(Locale.forLanguageTag("el"), Letter.Gender.UNSPECIFIED, "https://x.example/r/1"))))
                .contains("Αξιότιμε/η κύριε/κυρία Δήμαρχε,");
        assertThat(Pdfs.text(LetterPdf.render(letter(Locale.ENGLISH, Letter.Gender.FEMALE, "https://x.example/r/1"))))
                .contains("Dear Madam Mayor,", "Please reply by Tuesday 11 June 2024", "Attachments", "Monday 3 June 2024");
    }

    @Test
    void remoteAndLocalResourcesAreNeverFetched() {
        String page = """
                <html xmlns="http://www.w3.org/1999/xhtml" lang="el"><head><title>t</title>
                <style>body { font-family: 'DejaVu Sans'; }</style>
                <link rel="stylesheet" href="http://127.0.0.1:9/x.css"/></head>
                <body><p>κείμενο</p><img src="http://127.0.0.1:9/a.png" alt="a"/><img src="file:///etc/passwd" alt="b"/>
                <img src="https://127.0.0.1:9/b.png" alt="c"/></body></html>""";
        byte[] pdf = PdfEngine.render(page);
        assertThat(Pdfs.text(pdf)).contains("κείμενο");
        assertThatThrownBy(() -> new PdfEngine.Refusing().getUrl("https://example.org/x.png"))
                .isInstanceOf(SecurityException.class);
    }

    @Test
    void manyLettersComeBackInOrderNoneLost() {
        List<Letter> letters = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> letter(Locale.forLanguageTag("el"), Letter.Gender.MALE, "https://diktyo.example/r/" + i)).toList();
        List<byte[]> pdfs = LetterPdf.renderAll(letters);
        assertThat(pdfs).hasSize(12);
        for (int i = 0; i < 12; i++) {
            assertThat(Pdfs.text(pdfs.get(i))).contains("https://diktyo.example/r/" + i + " ");
        }
    }

    @Test
    void thePreviewIsTheSameLetterAsHtml() {
        String html = LetterPdf.previewHtml(letter(Locale.forLanguageTag("el"), Letter.Gender.MALE, "https://x.example/r/<1>"));
        assertThat(html).contains("class=\"dk-letter\"", "ΠΡΟΣΚΛΗΣΗ ΣΕ ΣΥΝΑΝΤΗΣΗ ΕΡΓΑΣΙΑΣ", "Αξιότιμε κύριε Δήμαρχε,",
                "data:image/png;base64,", "https://x.example/r/&lt;1&gt;").doesNotContain("<1>");
    }
}
