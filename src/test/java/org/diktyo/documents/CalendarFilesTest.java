package org.diktyo.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.diktyo.Tools;
import org.junit.jupiter.api.Test;

/** Calendar files read back by a third-party parser (scripts/ics-check.py, python3-icalendar). */
class CalendarFilesTest {

    static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    static final CalendarFiles.Person SECRETARIAT = new CalendarFiles.Person("Δίκτυο Πόλεων για την Ένταξη",
            "secretariat@diktyo.example");
    static final CalendarFiles.Person MAYOR = new CalendarFiles.Person("Άθως Μπαξεβάνης", "mayor@larissa.example");

    static CalendarFiles.Event part(String uid, int sequence, LocalTime start, LocalTime end) {
        LocalDate day = LocalDate.of(2024, 6, 17);
        return new CalendarFiles.Event(uid, sequence, ZonedDateTime.of(day, start, ATHENS),
                ZonedDateTime.of(day, end, ATHENS), "Συνάντηση εργασίας",
                "Αίθουσα Δημοτικού Συμβουλίου, Δημαρχιακό Μέγαρο, Αθηνάς 63, Πλ. Κοτζιά, 2ος όροφος, 105 52 Αθήνα",
                "Συνάντηση Εργασίας του Δικτύου Πόλεων για την Ένταξη", false);
    }

    static String check(String ics) {
        Tools.requireIcalendar();
        return Tools.withFile(ics.getBytes(StandardCharsets.UTF_8), ".ics",
                file -> Tools.run(List.of("/usr/bin/python3", "scripts/ics-check.py", file.toString())));
    }

    @Test
    void anInvitationImportsAsSeventeenThirtyToTwentyAthensTime() {
        String uid = CalendarFiles.uid("part-1", "invitation-larissa");
        String ics = CalendarFiles.ics(new CalendarFiles.Invite(CalendarFiles.Kind.REQUEST, Locale.forLanguageTag("el"),
                SECRETARIAT, List.of(MAYOR), "https://diktyo.example/r/abc", List.of(
                        part(uid, 0, LocalTime.of(17, 30), LocalTime.of(20, 0)),
                        part(CalendarFiles.uid("part-2", "invitation-larissa"), 0, LocalTime.of(20, 0), LocalTime.of(22, 0)))));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Athens\r\n",
                "METHOD:REQUEST\r\n", "DTSTART;TZID=Europe/Athens:20240617T173000\r\n", "SEQUENCE:0\r\n");
        assertThat(ics.lines().filter(l -> l.equals("BEGIN:VEVENT"))).hasSize(2);
        String read = check(ics);
        assertThat(read).contains("METHOD REQUEST", "VTIMEZONE Europe/Athens",
                "uid=" + uid + " sequence=0 start=2024-06-17T17:30:00+03:00 end=2024-06-17T20:00:00+03:00 tz=Europe/Athens"
                        + " status=CONFIRMED organizer=mailto:secretariat@diktyo.example attendees=1"
                        + " url=https://diktyo.example/r/abc",
                "start=2024-06-17T20:00:00+03:00 end=2024-06-17T22:00:00+03:00",
                "SUMMARY Συνάντηση εργασίας",
                "LOCATION Αίθουσα Δημοτικού Συμβουλίου, Δημαρχιακό Μέγαρο, Αθηνάς 63, Πλ. Κοτζιά, 2ος όροφος, 105 52 Αθήνα",
                "DESCRIPTION Συνάντηση Εργασίας του Δικτύου Πόλεων για την Ένταξη  Η απάντησή σας: https://diktyo.example/r/abc");
    }

    @Test
    void theUidIsStableAndDiffersPerPartAndInvitation() {
        assertThat(CalendarFiles.uid("p1", "i1")).isEqualTo(CalendarFiles.uid("p1", "i1")).endsWith("@diktyo");
        assertThat(CalendarFiles.uid("p1", "i1")).isNotEqualTo(CalendarFiles.uid("p2", "i1"))
                .isNotEqualTo(CalendarFiles.uid("p1", "i2"));
    }

    @Test
    void aCancellationCarriesTheSameUidAHigherSequenceAndTheCancelledStatus() {
        String uid = CalendarFiles.uid("part-1", "invitation-larissa");
        String ics = CalendarFiles.ics(new CalendarFiles.Invite(CalendarFiles.Kind.CANCEL, Locale.ENGLISH, SECRETARIAT,
                List.of(MAYOR), null, List.of(part(uid, 3, LocalTime.of(17, 30), LocalTime.of(20, 0)))));
        assertThat(check(ics)).contains("METHOD CANCEL", "uid=" + uid + " sequence=3", "status=CANCELLED");
    }

    @Test
    void englishTextAndTheReplyLabelInEnglish() {
        String ics = CalendarFiles.ics(new CalendarFiles.Invite(CalendarFiles.Kind.PUBLISH, Locale.ENGLISH, SECRETARIAT,
                List.of(), "https://diktyo.example/r/x", List.of(new CalendarFiles.Event("u@diktyo", 1,
                        ZonedDateTime.of(2024, 12, 2, 9, 0, 0, 0, ATHENS), ZonedDateTime.of(2024, 12, 2, 13, 0, 0, 0, ATHENS),
                        "Working meeting", "City Council Hall", "", false))));
        assertThat(ics).contains("SUMMARY;LANGUAGE=en:Working meeting");
        assertThat(check(ics)).contains("METHOD PUBLISH", "start=2024-12-02T09:00:00+02:00", "attendees=0",
                "DESCRIPTION Your reply: https://diktyo.example/r/x");
    }

    @Test
    void aReceptionWithOnlyAStartHasNoEndAndImportsAsAMoment() {
        LocalDate day = LocalDate.of(2024, 6, 17);
        String ics = CalendarFiles.ics(new CalendarFiles.Invite(CalendarFiles.Kind.REQUEST, Locale.forLanguageTag("el"),
                SECRETARIAT, List.of(MAYOR), null, List.of(new CalendarFiles.Event("reception@diktyo", 0,
                        ZonedDateTime.of(day, LocalTime.of(20, 0), ATHENS), null, "Δεξίωση", "Ταράτσα του Δημαρχείου",
                        null, false))));
        assertThat(ics).contains("DTSTART;TZID=Europe/Athens:20240617T200000\r\n").doesNotContain("DTEND");
        assertThat(check(ics)).contains("start=2024-06-17T20:00:00+03:00 end=2024-06-17T20:00:00+03:00");
    }

    @Test
    void refusesAFileWithoutEventsOrANegativeSequenceOrAnEndBeforeTheStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CalendarFiles.Invite(CalendarFiles.Kind.REQUEST,
                Locale.ENGLISH, SECRETARIAT, List.of(), null, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> part("u", -1, LocalTime.NOON, LocalTime.of(13, 0)));
        assertThatIllegalArgumentException().isThrownBy(() -> part("u", 0, LocalTime.NOON, LocalTime.of(11, 0)));
    }
}
