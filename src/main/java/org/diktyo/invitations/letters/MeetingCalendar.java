package org.diktyo.invitations.letters;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diktyo.documents.CalendarFiles;
import org.diktyo.meetings.MeetingFacts;
import org.diktyo.meetings.MeetingStatus;
import org.diktyo.platform.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A meeting's calendar file: one event per part (or per part the caller names), in the
 * meeting's zone, the venue with its address as {@code LOCATION} ({@link org.diktyo.meetings.Venue#location}); the {@code UID} fixed per
 * part and key (an invitation, or the meeting itself), the {@code SEQUENCE} from
 * {@link CalendarSequences}. A cancelled meeting gives {@code METHOD:CANCEL}.
 */
@Service
public class MeetingCalendar {

    private final MeetingFacts meetings;
    private final CalendarSequences sequences;
    private final MessageSource messages;
    private final String secretariat;

    MeetingCalendar(MeetingFacts meetings, CalendarSequences sequences, MessageSource messages,
            @Value("${diktyo.mail.reply-to:secretariat@localhost}") String secretariat) {
        this.meetings = meetings;
        this.sequences = sequences;
        this.messages = messages;
        this.secretariat = secretariat;
    }

    /**
     * @param key what the UIDs are made unique for: an invitation's id, or {@code "meeting"}
     * @param partIds the parts the invitee attends; {@code null}: all
     * @param attendees empty for a public file ({@code METHOD:PUBLISH})
     */
    public String ics(String meetingId, String key, List<String> partIds, List<CalendarFiles.Person> attendees,
            String rsvpUrl, Locale locale) {
        return ics(meetingId, key, partIds, List.of(), attendees, rsvpUrl, locale);
    }

    /**
     * As {@link #ics(String, String, List, List, String, Locale)}, and the parts in
     * {@code withdrawnPartIds} (sent before, now declined) as cancelled events of the same UIDs,
     * with a higher sequence: calendars drop them. With nothing but withdrawn parts the file is
     * a {@code METHOD:CANCEL}.
     */
    public String ics(String meetingId, String key, List<String> partIds, List<String> withdrawnPartIds,
            List<CalendarFiles.Person> attendees, String rsvpUrl, Locale locale) {
        MeetingFacts.MeetingInfo meeting = meetings.meeting(meetingId).orElseThrow(Problem::notFound);
        boolean cancelled = meeting.status() == MeetingStatus.CANCELLED;
        List<CalendarFiles.Event> events = new ArrayList<>();
        for (MeetingFacts.PartInfo part : meetings.parts(meetingId)) {
            boolean withdrawn = withdrawnPartIds.contains(part.id());
            if (partIds != null && !partIds.contains(part.id()) && !withdrawn) {
                continue;
            }
            ZonedDateTime start = part.startsAt().atZone(meeting.zone());
            ZonedDateTime end = part.endsAt() == null ? null : part.endsAt().atZone(meeting.zone());
            String location = part.venue().location(locale);
            String uid = CalendarFiles.uid(part.id(), key);
            String status = withdrawn ? "WITHDRAWN" : meeting.status().name();
            // most files repeat what was sent before: read in the caller's transaction, record only a change
            int sequence = sequences.unchanged(uid, start.toString(), String.valueOf(end), location, status)
                    .orElseGet(() -> sequences.sequence(uid, start.toString(), String.valueOf(end), location, status));
            String title = part.title().in(locale);
            String meetingTitle = meeting.title().in(locale);
            events.add(new CalendarFiles.Event(uid, sequence, start, end, meetingTitle + " – " + title, location,
                    meetingTitle, cancelled || withdrawn));
        }
        if (events.isEmpty()) {
            throw new Problem(org.springframework.http.HttpStatus.CONFLICT, "documents.letter.meeting.noParts");
        }
        boolean onlyWithdrawn = events.stream().allMatch(CalendarFiles.Event::cancelled);
        CalendarFiles.Kind kind = cancelled || onlyWithdrawn ? CalendarFiles.Kind.CANCEL
                : attendees.isEmpty() ? CalendarFiles.Kind.PUBLISH : CalendarFiles.Kind.REQUEST;
        CalendarFiles.Person organizer = new CalendarFiles.Person(
                messages.getMessage("documents.network.name", null, locale), secretariat);
        return CalendarFiles.ics(new CalendarFiles.Invite(kind, locale, organizer, attendees, rsvpUrl, events));
    }
}
