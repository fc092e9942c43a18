package org.diktyo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The long text alone: archival, fonts embedded, headings in capitals without tonos, pages numbered n/N. */
class TextDocumentPdfTest {

    static final Locale GREEK = Locale.forLanguageTag("el");

    static TextDocument memorandum(List<TextDocument.Section> sections) {
        return new TextDocument(GREEK, "Δίκτυο Πόλεων για την Ένταξη", "Μνημόνιο Συνεργασίας",
                "Έκδοση 2 της 15ης Μαΐου 2024", List.of("Σε περίπτωση απόκλισης υπερισχύει το ελληνικό κείμενο."),
                sections, "Μνημόνιο Συνεργασίας · έκδοση 2");
    }

    static List<TextDocument.Section> threeSections() {
        return List.of(
                new TextDocument.Section("Άρθρο 1", "Σκοπός",
                        "<p>Το Δίκτυο προάγει την ένταξη των προσφύγων &amp; μεταναστών στις πόλεις.</p>"),
                new TextDocument.Section("Άρθρο 2", "Υπογραφή τον Μάιο",
                        "<p>Το μνημόνιο υπογράφεται <strong>τον Μάιο</strong> από τους δημάρχους.</p>"
                                + "<ul><li>πρώτο σημείο</li><li>δεύτερο σημείο</li></ul>"),
                new TextDocument.Section("Άρθρο 3", "Ισχύς από τις 15 Μαΐου",
                        "<p>Ισχύει για τρία έτη &lt;και ανανεώνεται&gt;.</p>"));
    }

    @Test
    void aTextIsPdfA3aWithItsSectionsInOrderAndItsPagesNumbered() {
        byte[] pdf = TextDocumentPdf.render(memorandum(threeSections()));
        assertThat(Pdfs.veraPdfFailures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(Pdfs.pdfaClaim(pdf)).isEqualTo("3A");
        assertThat(Pdfs.fonts(pdf)).isNotEmpty().allMatch(f -> f.endsWith(" embedded"));
        assertThat(Pdfs.pages(pdf)).isEqualTo(1);
        String text = Pdfs.text(pdf);
        assertThat(text).containsSubsequence("Δίκτυο Πόλεων για την Ένταξη", "ΜΝΗΜΟΝΙΟ ΣΥΝΕΡΓΑΣΙΑΣ",
                "Έκδοση 2 της 15ης Μαΐου 2024", "Σε περίπτωση απόκλισης υπερισχύει το ελληνικό κείμενο.",
                "ΑΡΘΡΟ 1 — ΣΚΟΠΟΣ", "Το Δίκτυο προάγει την ένταξη των προσφύγων & μεταναστών στις πόλεις.",
                "ΑΡΘΡΟ 2 — ΥΠΟΓΡΑΦΗ ΤΟΝ ΜΑΪΟ", "Το μνημόνιο υπογράφεται τον Μάιο από τους δημάρχους.",
                "πρώτο σημείο", "δεύτερο σημείο", "ΑΡΘΡΟ 3 — ΙΣΧΥΣ ΑΠΟ ΤΙΣ 15 ΜΑΪΟΥ", "Ισχύει για τρία έτη <και ανανεώνεται>.");
        // capitals without tonos, dialytika kept; the body's markup is not escaped a second time
        assertThat(text).doesNotContain("ΆΡΘΡΟ", "ΣΚΟΠΌΣ", "ΜΑΊΟ", "ΜΑΙΟ ", "ΜΑΙΟΥ", "ΙΣΧΎΣ", "<strong>", "&amp;", "&lt;");
        assertThat(text).contains("Μνημόνιο Συνεργασίας · έκδοση 2", "1/1");
    }

    @Test
    void aLongTextNumbersEveryPageOutOfAll() {
        String paragraph = "<p>" + "Οι δήμοι-μέλη συνεργάζονται για την υποδοχή και την ένταξη. ".repeat(30) + "</p>";
        List<TextDocument.Section> sections = IntStream.rangeClosed(1, 12)
                .mapToObj(i -> new TextDocument.Section("Άρθρο " + i, "Θέμα " + i, paragraph)).toList();
        byte[] pdf = TextDocumentPdf.render(memorandum(sections));
        int pages = Pdfs.pages(pdf);
        assertThat(pages).isGreaterThan(2);
        String layout = Pdfs.layout(pdf);
        List<String> numbers = IntStream.rangeClosed(1, pages).mapToObj(n -> n + "/" + pages).toList();
        assertThat(layout).containsSubsequence(numbers);
        assertThat(Pdfs.normalised(layout)).containsSubsequence("ΑΡΘΡΟ 1 — ΘΕΜΑ 1", "ΑΡΘΡΟ 2 — ΘΕΜΑ 2", "ΑΡΘΡΟ 12 — ΘΕΜΑ 12");
    }

    @Test
    void numberOrHeadingMayBeMissing() {
        String xhtml = TextDocumentPdf.xhtml(memorandum(List.of(new TextDocument.Section("", "Προοίμιο", "<p>α</p>"),
                new TextDocument.Section("Άρθρο 1", null, "<p>β</p>"), new TextDocument.Section(null, "", "<p>γ</p>"))));
        assertThat(xhtml).contains(">ΠΡΟΟΙΜΙΟ</h2>", ">ΑΡΘΡΟ 1</h2>").doesNotContain("— ");
        assertThat(xhtml.split("<h2", -1)).hasSize(3);
    }
}
