package org.diktyo.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class LetterSpikeTest {

    static Letter letter(int i) {
        return new Letter(Locale.forLanguageTag("el"), new Letter.Letterhead("Δίκτυο Πόλεων για την Ένταξη",
                List.of("Διεθνής Οργανισμός Μετανάστευσης (IOM)", "Ύπατη Αρμοστεία του ΟΗΕ για τους Πρόσφυγες (UNHCR)")),
                LocalDate.of(2024, 6, 3), new Letter.Recipient("Δήμος Λαρισαίων", "Δήμαρχος Λαρισαίων", "Άθως Μπαξεβάνης " + i,
                        Letter.Gender.MALE),
                "Πρόσκληση σε Συνάντηση Εργασίας\nτου Δικτύου Πόλεων για την Ένταξη",
                List.of("Ο Δήμαρχος Αθηναίων, Χάρης Δούκας σας προσκαλεί σε Συνάντηση Εργασίας στο πλαίσιο της δράσης του Δικτύου Πόλεων για την Ένταξη (Cities Network for Integration). Η εκδήλωση θα πραγματοποιηθεί τη Δευτέρα 17 Ιουνίου 2024 και ώρες 17:30 – 20:00, στην αίθουσα Δημοτικού Συμβουλίου του Δημαρχιακού Μεγάρου (Αθηνάς 63, Πλ. Κοτζιά, 2ος όροφος). Στις 20:00, ο Δήμαρχος Αθηναίων θα παραθέσει δεξίωση στην ταράτσα του Δημαρχείου.",
                        "Από την ίδρυση του Δικτύου Πόλεων το 2018 – με πρωτοβουλία των δήμων Αθήνας και Θεσσαλονίκης και τη σταδιακή προσχώρηση σε αυτό 16 επιπλέον δήμων της χώρας – μέχρι σήμερα, το κέντρο βάρους των τοπικών δράσεων έχει μετατοπιστεί από την διαχείριση προσφυγικών ροών, στην ομαλή ένταξη πολιτών τρίτων χωρών στις τοπικές κοινωνίες."),
                new Letter.Signatory("Ο Δήμαρχος Αθηναίων", "Χάρης Δούκας"), List.of("Μνημόνιο συνεργασίας"),
                LocalDate.of(2024, 6, 11), "http://localhost:8080/r/abcdefabcdefabcdefabcdef" + i,
                "Το Δίκτυο Πόλεων για την Ένταξη υποστηρίζουν από κοινού ο Διεθνής Οργανισμός Μετανάστευσης και η Ύπατη Αρμοστεία του ΟΗΕ για τους Πρόσφυγες.");
    }

    @Test
    void spike() throws Exception {
        byte[] pdf = LetterPdf.render(letter(0));
        Files.write(Path.of("target/spike-letter.pdf"), pdf);
        System.out.println(Pdfs.text(pdf));
        System.out.println(Pdfs.fonts(pdf));
        for (PDFAFlavour f : List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFA_2_U)) {
            System.out.println(f + " " + Pdfs.veraPdfFailures(pdf, f));
        }
        List<Letter> letters = new ArrayList<>();
        for (int i = 0; i < 332; i++) {
            letters.add(letter(i));
        }
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            List<byte[]> all = LetterPdf.renderAll(letters);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("332 letters in " + ms + " ms, bytes " + all.stream().mapToLong(b -> b.length).sum());
        }
    }
}
