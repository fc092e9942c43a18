package org.diktyo.invitations.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.diktyo.documents.Letter;
import org.diktyo.documents.LetterPdf;
import org.diktyo.documents.Pdfs;
import org.diktyo.meetings.MeetingFacts;
import org.diktyo.meetings.MeetingStatus;
import org.diktyo.network.Addressees;
import org.diktyo.platform.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Letters composed from a meeting on every weekday and in every month, read back from the PDF. */
class LetterComposerTest {

    static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    static final Locale EL = Locale.forLanguageTag("el");
    static final Letter.Letterhead HEAD = new Letter.Letterhead("Δίκτυο Πόλεων για την Ένταξη", List.of("IOM", "UNHCR"));
    static final LetterComposer.Recipient LARISSA = new LetterComposer.Recipient("Δήμος Λαρισαίων", "Municipality of Larissa",
            "Δήμαρχος Λαρισαίων", "Mayor of Larissa", new Addressees.Official("Άθως Μπαξεβάνης", "Δήμαρχος", "m@larissa.example",
                    null, "MALE"));

    static MeetingFacts.MeetingInfo meeting() {
        return new MeetingFacts.MeetingInfo("m1", "Συνάντηση Εργασίας", "Working Meeting", "athens",
                "Ο Δήμαρχος Αθηναίων, Χάρης Δούκας", "The Mayor of Athens, Haris Doukas", MeetingStatus.ANNOUNCED, ATHENS, 0, null);
    }

    static MeetingFacts.PartInfo part(String id, int position, LocalDate day, LocalTime start, LocalTime end) {
        return new MeetingFacts.PartInfo(id, position, "Συνάντηση εργασίας", "Working meeting",
                day.atTime(start).atZone(ATHENS).toInstant(), day.atTime(end).atZone(ATHENS).toInstant(),
                "Δημαρχιακό Μέγαρο", "Town Hall", "Αθηνάς 63", "63 Athinas Street", "10552", "Αθήνα", "Athens",
                "Πλ. Κοτζιά", "Kotzia Square", "Αίθουσα Δημοτικού Συμβουλίου", "City Council Hall", 2, 60, false);
    }

    static List<MeetingFacts.PartInfo> parts(LocalDate day) {
        return List.of(part("p1", 1, day, LocalTime.of(17, 30), LocalTime.of(20, 0)),
                part("p2", 2, day, LocalTime.of(20, 0), LocalTime.of(22, 0)));
    }

    static Letter compose(LocalDate day, LocalDate deadline, Locale locale, LetterText text, LetterComposer.Recipient to) {
        return LetterComposer.compose(meeting(), parts(day), to, HEAD, List.of("Μνημόνιο συνεργασίας"),
                new LetterRequest("m1", "larissa", locale, deadline, text, null, "https://diktyo.example/r/x", null));
    }

    /** Seven weekdays and twelve months, for the meeting and for the deadline (six days before), and a leap day. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-01-13 | 2025-01-07 | τη Δευτέρα 13 Ιανουαρίου 2025    | την Τρίτη 7 Ιανουαρίου 2025        | on Monday 13 January 2025    | Tuesday 7 January 2025
            2025-02-11 | 2025-02-05 | την Τρίτη 11 Φεβρουαρίου 2025    | την Τετάρτη 5 Φεβρουαρίου 2025     | on Tuesday 11 February 2025  | Wednesday 5 February 2025
            2025-03-12 | 2025-03-06 | την Τετάρτη 12 Μαρτίου 2025      | την Πέμπτη 6 Μαρτίου 2025          | on Wednesday 12 March 2025   | Thursday 6 March 2025
            2025-04-10 | 2025-04-04 | την Πέμπτη 10 Απριλίου 2025      | την Παρασκευή 4 Απριλίου 2025      | on Thursday 10 April 2025    | Friday 4 April 2025
            2025-05-16 | 2025-05-10 | την Παρασκευή 16 Μαΐου 2025      | το Σάββατο 10 Μαΐου 2025           | on Friday 16 May 2025        | Saturday 10 May 2025
            2025-06-14 | 2025-06-08 | το Σάββατο 14 Ιουνίου 2025       | την Κυριακή 8 Ιουνίου 2025         | on Saturday 14 June 2025     | Sunday 8 June 2025
            2025-07-13 | 2025-07-07 | την Κυριακή 13 Ιουλίου 2025      | τη Δευτέρα 7 Ιουλίου 2025          | on Sunday 13 July 2025       | Monday 7 July 2025
            2025-08-11 | 2025-08-05 | τη Δευτέρα 11 Αυγούστου 2025     | την Τρίτη 5 Αυγούστου 2025         | on Monday 11 August 2025     | Tuesday 5 August 2025
            2025-09-16 | 2025-09-10 | την Τρίτη 16 Σεπτεμβρίου 2025    | την Τετάρτη 10 Σεπτεμβρίου 2025    | on Tuesday 16 September 2025 | Wednesday 10 September 2025
            2025-10-15 | 2025-10-09 | την Τετάρτη 15 Οκτωβρίου 2025    | την Πέμπτη 9 Οκτωβρίου 2025        | on Wednesday 15 October 2025 | Thursday 9 October 2025
            2025-11-13 | 2025-11-07 | την Πέμπτη 13 Νοεμβρίου 2025     | την Παρασκευή 7 Νοεμβρίου 2025     | on Thursday 13 November 2025 | Friday 7 November 2025
            2025-12-12 | 2025-12-06 | την Παρασκευή 12 Δεκεμβρίου 2025 | το Σάββατο 6 Δεκεμβρίου 2025       | on Friday 12 December 2025   | Saturday 6 December 2025
            2028-02-29 | 2028-02-23 | την Τρίτη 29 Φεβρουαρίου 2028    | την Τετάρτη 23 Φεβρουαρίου 2028    | on Tuesday 29 February 2028  | Wednesday 23 February 2028
            """)
    void aLetterForAnyDayReadsCorrectlyInBothLanguages(LocalDate day, LocalDate deadline, String dateEl, String deadlineEl,
            String dateEn, String deadlineEn) {
        String greek = Pdfs.text(LetterPdf.render(compose(day, deadline, EL, null, LARISSA)));
        assertThat(greek).contains("Η εκδήλωση θα πραγματοποιηθεί " + dateEl + " και ώρες 17:30 – 20:00, στην αίθουσα",
                "(Αθηνάς 63, Πλ. Κοτζιά, 2ος όροφος). Στις 20:00, ο Δήμαρχος Αθηναίων",
                "Παρακαλούμε για την απάντησή σας μέχρι " + deadlineEl + ".",
                "Απαντήστε μέχρι " + deadlineEl + " στον προσωπικό σας σύνδεσμο");
        String english = Pdfs.text(LetterPdf.render(compose(day, deadline, Locale.ENGLISH, null, LARISSA)));
        assertThat(english).contains("The meeting will take place " + dateEn + ", 17:30 – 20:00, in the City Council Hall",
                "(63 Athinas Street, Kotzia Square, 2nd floor). At 20:00, the Mayor of Athens",
                "Please reply by " + deadlineEn + ".", "Dear Mr Mayor,");
    }

    @Test
    void anUnknownPlaceholderIsRefusedNamingIt() {
        LetterText text = LetterText.parse("Πρόσκληση\n\nΗ συνάντηση είναι {date} στο {place}.\n\nΥποστηρικτές");
        assertThatThrownBy(() -> compose(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 1, 7), EL, text, LARISSA))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.key()).isEqualTo("documents.letter.placeholder.unknown");
                    assertThat(p.args()[0]).isEqualTo("{place}");
                });
    }

    @Test
    void aDeadlineAfterTheMeetingIsRefused() {
        assertThatThrownBy(() -> compose(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 1, 14), EL, null, LARISSA))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.key()).isEqualTo("documents.letter.deadline.afterMeeting"));
        assertThat(compose(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 1, 13), EL, null, LARISSA).rsvpDeadline())
                .isEqualTo(LocalDate.of(2025, 1, 13));
    }

    @Test
    void aRecipientWithoutAMayorIsRefused() {
        LetterComposer.Recipient noMayor = new LetterComposer.Recipient("Δήμος Λαρισαίων", "Municipality of Larissa",
                "Δήμαρχος Λαρισαίων", "Mayor of Larissa", null);
        assertThatThrownBy(() -> compose(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 1, 7), EL, null, noMayor))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.key()).isEqualTo("documents.letter.recipient.noMayor");
                    assertThat(p.args()[0]).isEqualTo("Δήμος Λαρισαίων");
                });
    }

    @Test
    void aMeetingOfOnePartGetsTheNetworksLetterWithoutTheReception() {
        LetterRequest request = new LetterRequest("m1", "larissa", EL, LocalDate.of(2025, 1, 7), null, null, "https://x", null);
        String greek = Pdfs.text(LetterPdf.render(LetterComposer.compose(meeting(), parts(LocalDate.of(2025, 1, 13)).subList(0, 1),
                LARISSA, HEAD, List.of(), request)));
        assertThat(greek).contains("Η εκδήλωση θα πραγματοποιηθεί τη Δευτέρα 13 Ιανουαρίου 2025 και ώρες 17:30 – 20:00,",
                "(Αθηνάς 63, Πλ. Κοτζιά, 2ος όροφος). Από την ίδρυση")
                .doesNotContain("δεξίωση", "Στις 20:00");
        String english = Pdfs.text(LetterPdf.render(LetterComposer.compose(meeting(), parts(LocalDate.of(2025, 1, 13)).subList(0, 1),
                LARISSA, HEAD, List.of(), new LetterRequest("m1", "larissa", Locale.ENGLISH, LocalDate.of(2025, 1, 7), null, null,
                        "https://x", null))));
        assertThat(english).contains("(63 Athinas Street, Kotzia Square, 2nd floor). Since the Cities Network")
                .doesNotContain("reception", "At 20:00");
    }

    @Test
    void anOwnTextNamingTheReceptionOfAMeetingOfOnePartLosesThatSentenceOnly() {
        LetterText text = LetterText.parse("Πρόσκληση\n\nΣας προσκαλούμε {date}. {reception}, δεξίωση στην ταράτσα. Ελάτε!"
                + "\n\n{reception} ακολουθεί δεξίωση.\n\nΥποστηρικτές");
        Letter letter = LetterComposer.compose(meeting(), parts(LocalDate.of(2025, 1, 13)).subList(0, 1), LARISSA, HEAD, List.of(),
                new LetterRequest("m1", "larissa", EL, LocalDate.of(2025, 1, 7), text, null, "https://x", null));
        assertThat(letter.paragraphs()).containsExactly("Σας προσκαλούμε τη Δευτέρα 13 Ιανουαρίου 2025. Ελάτε!");
        Letter two = LetterComposer.compose(meeting(), parts(LocalDate.of(2025, 1, 13)), LARISSA, HEAD, List.of(),
                new LetterRequest("m1", "larissa", EL, LocalDate.of(2025, 1, 7), text, null, "https://x", null));
        assertThat(two.paragraphs()).containsExactly(
                "Σας προσκαλούμε τη Δευτέρα 13 Ιανουαρίου 2025. Στις 20:00, δεξίωση στην ταράτσα. Ελάτε!",
                "Στις 20:00 ακολουθεί δεξίωση.");
    }

    @Test
    void theTextFormReadsBackAndTheDefaultIsTheNetworksLetter() {
        LetterText el = LetterText.networkDefault(EL);
        assertThat(LetterText.parse(el.text())).isEqualTo(el);
        assertThat(el.paragraphs()).hasSize(6);
        assertThat(el.placeholders()).containsExactly("host", "date", "time", "address", "reception", "deadline");
        assertThat(LetterText.networkDefault(Locale.ENGLISH).placeholders()).containsExactlyInAnyOrderElementsOf(el.placeholders());
        assertThatThrownBy(() -> LetterText.parse("only a heading\n\nand one block"))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.key()).isEqualTo("documents.letter.text.shape"));
    }

    @Test
    void theSignatoryIsTheHostSplitAtTheLastComma() {
        assertThat(LetterComposer.signatory("Ο Δήμαρχος Αθηναίων, Χάρης Δούκας"))
                .isEqualTo(new Letter.Signatory("Ο Δήμαρχος Αθηναίων", "Χάρης Δούκας"));
        assertThat(LetterComposer.signatory("Η Γραμματεία")).isEqualTo(new Letter.Signatory("", "Η Γραμματεία"));
    }
}
