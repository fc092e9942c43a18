package org.diktyo.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A letter of several signatories to several addressees: a joint position of the network to the
 * ministries. Every word is the caller's, already in the letter's language; the renderer
 * ({@link JointLetterPdf}) adds the labels «ΠΡΟΣ:», «ΚΟΙΝ.:», «ΘΕΜΑ:», «Αρ. Πρωτ.:» and the
 * layout. {@link Letter} has one recipient and one signatory; this one has lists of both.
 *
 * @param locale Greek ({@code el}) or English ({@code en})
 * @param letterhead the network's name and its partners
 * @param place where the letter is written: {@code Αθήνα}
 * @param dated the date of the letter, printed without weekday: {@code Αθήνα, 17 Ιουνίου 2024}
 * @param protocolNo the protocol number, or {@code null} for a draft
 * @param to the bodies the letter is addressed to, in order
 * @param cc the bodies in copy, in order
 * @param subject the subject as typed, printed after «ΘΕΜΑ:»
 * @param notes short notes under the subject (for a translation: the Greek text prevails)
 * @param sections the text, clause by clause
 * @param signatoriesLabel the line over the signatories: {@code Οι Δήμαρχοι}
 * @param signatories who signed, in the order to print
 */
public record JointLetter(Locale locale, Letter.Letterhead letterhead, String place, LocalDate dated, String protocolNo,
        List<String> to, List<String> cc, String subject, List<String> notes, List<TextDocument.Section> sections,
        String signatoriesLabel, List<Letter.Signatory> signatories) {

    public JointLetter {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(dated, "dated");
        Objects.requireNonNull(subject, "subject");
        to = List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        notes = notes == null ? List.of() : List.copyOf(notes);
        sections = List.copyOf(sections);
        signatoriesLabel = signatoriesLabel == null ? "" : signatoriesLabel;
        signatories = List.copyOf(signatories);
    }
}
