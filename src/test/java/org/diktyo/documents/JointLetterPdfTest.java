package org.diktyo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The joint letter alone: archival, fonts embedded, «Αθήνα, 17 Ιουνίου 2024», the protocol
 * number, «ΠΡΟΣ:» and «ΚΟΙΝ.:» with every addressee, «ΘΕΜΑ:», the text, and the signatories one
 * after the other in the order given, as pdftotext reads them.
 */
class JointLetterPdfTest {

    static final Locale GREEK = Locale.forLanguageTag("el");

    static JointLetter letter(Locale locale, List<Letter.Signatory> signatories) {
        return new JointLetter(locale, new Letter.Letterhead("Δίκτυο Πόλεων για την Ένταξη",
                List.of("Διεθνής Οργανισμός Μετανάστευσης (IOM)", "Ύπατη Αρμοστεία του ΟΗΕ για τους Πρόσφυγες (UNHCR)")),
                "Αθήνα", LocalDate.of(2024, 6, 17), "12345",
                List.of("Υπουργείο Μετανάστευσης και Ασύλου – Γραφείο Υπουργού", "Υπουργείο Εσωτερικών"),
                List.of("Κεντρική Ένωση Δήμων Ελλάδας (ΚΕΔΕ)"),
                "Συμπερίληψη της τοπικής αυτοδιοίκησης στον σχεδιασμό της πολιτικής ένταξης", List.of(),
                List.of(new TextDocument.Section("", "", "<p>Κύριε Υπουργέ,</p><p>οι Δήμαρχοι απευθυνόμαστε σε εσάς.</p>"),
                        new TextDocument.Section("", "Τι ζητούμε", "<ol><li>Θέση στην επιτροπή.</li></ol>")),
                "Οι Δήμαρχοι", signatories);
    }

    @Test
    void theLetterReadsBackInOrderAndIsPdfA3a() {
        List<Letter.Signatory> signatories = List.of(new Letter.Signatory("Ο Δήμαρχος Αθηναίων", "Χάρης Δούκας"),
                new Letter.Signatory("Ο Δήμαρχος Θεσσαλονίκης", "Στέλιος Αγγελούδης"),
                new Letter.Signatory("Η Δήμαρχος Χαλανδρίου", "Σίμος Ρούσσος"));
        byte[] pdf = JointLetterPdf.render(letter(GREEK, signatories));
        assertThat(Pdfs.veraPdfFailures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(Pdfs.fonts(pdf)).isNotEmpty().allMatch(f -> f.endsWith(" embedded"));
        String text = Pdfs.normalised(Pdfs.text(pdf));
        assertThat(text).contains("Αθήνα, 17 Ιουνίου 2024", "Αρ. Πρωτ.: 12345",
                "ΠΡΟΣ: Υπουργείο Μετανάστευσης και Ασύλου – Γραφείο Υπουργού", "Υπουργείο Εσωτερικών",
                "ΚΟΙΝ.: Κεντρική Ένωση Δήμων Ελλάδας (ΚΕΔΕ)",
                "ΘΕΜΑ: «Συμπερίληψη της τοπικής αυτοδιοίκησης στον σχεδιασμό της πολιτικής ένταξης»", "ΤΙ ΖΗΤΟΥΜΕ",
                "Οι Δήμαρχοι Ο Δήμαρχος Αθηναίων Χάρης Δούκας Ο Δήμαρχος Θεσσαλονίκης Στέλιος Αγγελούδης"
                        + " Η Δήμαρχος Χαλανδρίου Σίμος Ρούσσος");
        String english = Pdfs.normalised(Pdfs.text(JointLetterPdf.render(new JointLetter(Locale.ENGLISH,
                new Letter.Letterhead("Greek Cities Network for Integration", List.of()), "Athens", LocalDate.of(2024, 6, 17),
                "12345", List.of("Ministry of Migration and Asylum"), List.of(), "Inclusion of local government",
                List.of("Translation from the Greek."), List.of(new TextDocument.Section("", "", "<p>Minister,</p>")),
                "The Mayors", List.of(new Letter.Signatory("Mayor of Athens", "Haris Doukas"))))));
        assertThat(english).contains("Athens, 17 June 2024", "Ref. No.: 12345", "TO: Ministry of Migration and Asylum",
                "SUBJECT: “Inclusion of local government”", "Translation from the Greek.", "The Mayors Mayor of Athens Haris Doukas");
    }
}
