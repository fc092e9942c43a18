package org.diktyo.meetings.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;

import org.diktyo.documents.StoredFile;
import org.diktyo.documents.StoredFiles;
import org.diktyo.meetings.AgendaAxis;
import org.diktyo.meetings.MeetingKind;
import org.diktyo.meetings.MeetingStatus;
import org.diktyo.meetings.Visibility;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's meetings: the working meeting of 17 June 2024 exactly as the network's letter
 * describes it (held, two parts — the reception "at 20:00", with no end, as the letter has
 * it — the memorandum attached), and an upcoming working meeting
 * six weeks after the demo database is created (moved to the Monday after, if it falls on a
 * weekend), whose agenda is still a draft. Created once, with the demo only.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "diktyo.demo.enabled", havingValue = "true")
class DemoMeetings implements ApplicationRunner {

    static final String MEMORANDUM = "demo/memorandum-axes.pdf";

    private final Meetings meetings;
    private final MeetingParts parts;
    private final AgendaItems agenda;
    private final MeetingDocuments documents;
    private final StoredFiles files;
    private final Clock clock;

    DemoMeetings(Meetings meetings, MeetingParts parts, AgendaItems agenda, MeetingDocuments documents,
            StoredFiles files, Clock clock) {
        this.meetings = meetings;
        this.parts = parts;
        this.agenda = agenda;
        this.documents = documents;
        this.files = files;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (meetings.count() > 0) {
            return;
        }
        Meeting june = meeting("Συνάντηση Εργασίας του Δικτύου Πόλεων για την Ένταξη",
                "Working Meeting of the Cities Network for Integration", MeetingStatus.HELD);
        LocalDate day = LocalDate.of(2024, 6, 17);
        part(june, 1, "Συνάντηση εργασίας", "Working meeting", day, LocalTime.of(17, 30), LocalTime.of(20, 0),
                "Αίθουσα Δημοτικού Συμβουλίου", "City Council Hall", 2, null, false);
        part(june, 2, "Δεξίωση", "Reception", day, LocalTime.of(20, 0), null,
                "Ταράτσα του Δημαρχείου", "Roof terrace of the Town Hall", null, null, true);
        attachMemorandum(june);

        LocalDate next = LocalDate.now(clock).plusWeeks(6);
        if (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        }
        Meeting upcoming = meeting("Συνάντηση Εργασίας: επικαιροποίηση του πλαισίου συνεργασίας",
                "Working Meeting: updating the framework of cooperation", MeetingStatus.ANNOUNCED);
        part(upcoming, 1, "Συνάντηση εργασίας", "Working meeting", next, LocalTime.of(17, 30), LocalTime.of(20, 0),
                "Αίθουσα Δημοτικού Συμβουλίου", "City Council Hall", 2, 60, false);
        part(upcoming, 2, "Δεξίωση", "Reception", next, LocalTime.of(20, 0), LocalTime.of(22, 0),
                "Ταράτσα του Δημαρχείου", "Roof terrace of the Town Hall", null, 80, true);
        item(upcoming, 1, LocalTime.of(17, 30), "Καλωσόρισμα από τον Δήμαρχο Αθηναίων", "Welcome by the Mayor of Athens",
                "Χάρης Δούκας", null);
        item(upcoming, 2, LocalTime.of(17, 45), "Το πλαίσιο συνεργασίας των δήμων-μελών",
                "The framework of cooperation of the member municipalities", "", AgendaAxis.JOINT_POLICY);
        item(upcoming, 3, LocalTime.of(18, 45), "Προκλήσεις και καλές πρακτικές των δήμων",
                "Challenges and good practices of the municipalities", "", AgendaAxis.GOOD_PRACTICES);
        attachMemorandum(upcoming);
    }

    private Meeting meeting(String titleEl, String titleEn, MeetingStatus status) {
        Meeting meeting = new Meeting(Instant.now(clock));
        meeting.describe(new MeetingForm(MeetingKind.WORKING_MEETING, titleEl, titleEn, "athens",
                "Ο Δήμαρχος Αθηναίων, Χάρης Δούκας", "The Mayor of Athens, Haris Doukas", Visibility.PUBLIC, status,
                "Europe/Athens"));
        return meetings.save(meeting);
    }

    private void part(Meeting meeting, int position, String titleEl, String titleEn, LocalDate day, LocalTime start,
            LocalTime end, String roomEl, String roomEn, Integer floor, Integer capacity, boolean separately) {
        PartForm form = new PartForm(titleEl, titleEn, day, start, end, "Δημαρχιακό Μέγαρο", "Town Hall",
                "Αθηνάς 63", "63 Athinas Street", "10552", "Αθήνα", "Athens", "Πλ. Κοτζιά", "Kotzia Square",
                roomEl, roomEn, floor, capacity, separately);
        MeetingPart part = new MeetingPart(meeting.id(), position);
        part.apply(form, day.atTime(start).atZone(meeting.zone()).toInstant(),
                end == null ? null : day.atTime(end).atZone(meeting.zone()).toInstant());
        parts.save(part);
    }

    private void item(Meeting meeting, int position, LocalTime time, String titleEl, String titleEn, String speakers,
            AgendaAxis axis) {
        agenda.save(new AgendaItem(meeting.id(), 0, position, new AgendaItemForm(time, titleEl, titleEn, speakers, axis)));
    }

    private void attachMemorandum(Meeting meeting) {
        ClassPathResource pdf = new ClassPathResource(MEMORANDUM);
        try (InputStream in = pdf.getInputStream()) {
            StoredFile file = files.store("Μνημόνιο συνεργασίας.pdf", pdf.contentLength(), in);
            documents.save(new MeetingDocument(meeting.id(), file.id(), "Μνημόνιο συνεργασίας",
                    "Memorandum of cooperation", Instant.now(clock)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
