package org.diktyo.invitations.replies;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diktyo.documents.CalendarFiles;
import org.diktyo.invitations.Campaign;
import org.diktyo.invitations.DelegateRow;
import org.diktyo.invitations.InvitationRow;
import org.diktyo.invitations.Invitees;
import org.diktyo.invitations.StoredAnswers;
import org.diktyo.invitations.letters.MeetingCalendar;
import org.diktyo.mail.OutgoingMail.Attachment;
import org.diktyo.network.Addressees;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A confirmation's files: the calendar file of the parts the municipality attends, its
 * delegates as attendees, the same UIDs as the invitation's; the parts it declined are in it as
 * cancelled events, so a calendar that took the invitation drops them; when it attends nothing
 * the file is a {@code METHOD:CANCEL} of every offered part.
 */
@Component
public class ConfirmationFiles {

    static final String CALENDAR = "text/calendar";

    private final StoredAnswers answers;
    private final MeetingCalendar calendar;
    private final Addressees addressees;
    private final MessageSource messages;

    ConfirmationFiles(StoredAnswers answers, MeetingCalendar calendar, Addressees addressees, MessageSource messages) {
        this.answers = answers;
        this.calendar = calendar;
        this.addressees = addressees;
        this.messages = messages;
    }

    /**
     * The calendar file of the answer as it is now (read from the database, so it may be called
     * after the answer's transaction); none before an answer.
     */
    public List<Attachment> confirmation(Campaign campaign, InvitationRow invitation) {
        Map<String, StoredAnswers.PartRow> stored = answers.parts(invitation.id());
        if (stored.isEmpty()) {
            return List.of();
        }
        List<String> attended = new ArrayList<>();
        List<String> declined = new ArrayList<>();
        for (String partId : campaign.partIds()) {
            StoredAnswers.PartRow row = stored.get(partId);
            if (row != null && row.attending()) {
                attended.add(partId);
            } else if (row != null) {
                declined.add(partId);
            }
        }
        if (attended.isEmpty() && declined.isEmpty()) {
            return List.of();
        }
        List<CalendarFiles.Person> attendees = new ArrayList<>();
        for (DelegateRow d : answers.delegates(invitation.id())) {
            if (d.email() != null && !d.email().isBlank()) {
                attendees.add(new CalendarFiles.Person(d.fullName(), d.email().trim()));
            }
        }
        if (attendees.isEmpty()) {
            Addressees.Addressee town = addressees.one(invitation.municipalityId()).orElseThrow();
            attendees.addAll(Invitees.invitees(town, invitation));
        }
        Locale locale = Invitees.locale(invitation);
        String ics = calendar.ics(campaign.meetingId(), invitation.id(), attended, declined, attendees, null, locale);
        String file = messages.getMessage(attended.isEmpty() ? "invitations.file.cancellation" : "invitations.file.calendar",
                null, locale);
        return List.of(new Attachment(file, CALENDAR, ics.getBytes(StandardCharsets.UTF_8)));
    }
}
