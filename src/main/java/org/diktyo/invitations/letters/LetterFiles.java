package org.diktyo.invitations.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.diktyo.documents.CalendarFiles;
import org.diktyo.documents.Letter;
import org.diktyo.network.Addressees;
import org.diktyo.platform.BaseUrl;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What the meeting's letter and calendar endpoints serve, before invitations exist: the
 * network's default text, the meeting's documents as attachments, today's date, and as the
 * reply link the meeting's page (a campaign gives each invitation its personal link).
 */
@Component
class LetterFiles {

    private final ComposeLetter compose;
    private final MeetingCalendar calendar;
    private final Addressees addressees;
    private final BaseUrl baseUrl;
    private final java.time.Clock clock;

    LetterFiles(ComposeLetter compose, MeetingCalendar calendar, Addressees addressees,
            BaseUrl baseUrl, java.time.Clock clock) {
        this.compose = compose;
        this.calendar = calendar;
        this.addressees = addressees;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    Letter letter(String meetingId, String municipalityId, Locale locale, LocalDate deadline) {
        org.diktyo.platform.PlausibleDates.require("deadline", deadline);
        return compose.compose(new LetterRequest(meetingId, municipalityId, locale, deadline, null, null,
                baseUrl.get() + "/meetings/" + meetingId, LocalDate.now(clock)));
    }

    Addressees.Official mayor(String municipalityId) {
        Addressees.Addressee addressee = addressees.one(municipalityId).orElseThrow(Problem::notFound);
        if (addressee.mayor() == null || addressee.mayor().email() == null || addressee.mayor().email().isBlank()) {
            throw new Problem(HttpStatus.CONFLICT, "documents.letter.recipient.noMayor", addressee.officialNameEl());
        }
        return addressee.mayor();
    }

    String calendar(String meetingId, String key, List<CalendarFiles.Person> attendees, Locale locale) {
        return calendar.ics(meetingId, key, null, attendees, baseUrl.get() + "/meetings/" + meetingId, locale);
    }
}
