package org.diktyo.invitations.letters;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diktyo.documents.Letter;
import org.diktyo.language.Apposition;
import org.diktyo.language.Bilingual;
import org.diktyo.language.DatePhrases;
import org.diktyo.language.TimePhrases;
import org.diktyo.meetings.MeetingFacts;
import org.diktyo.network.Addressees;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;

/**
 * Makes a {@link Letter} from what is known of the meeting, the recipient and the campaign,
 * without reading anything: the checks come first, so a bad text, deadline or recipient is
 * refused before anything is rendered.
 */
final class LetterComposer {

    /** The recipient as the letter needs it: names from the registry, the mayor from the contacts. */
    record Recipient(String officialNameEl, String officialNameEn, String mayorTitleEl, String mayorTitleEn,
            Addressees.Official mayor) {

        Bilingual officialName() {
            return Bilingual.of(officialNameEl, officialNameEn);
        }

        Bilingual mayorTitle() {
            return Bilingual.of(mayorTitleEl, mayorTitleEn);
        }
    }

    private LetterComposer() {
    }

    static Letter compose(MeetingFacts.MeetingInfo meeting, List<MeetingFacts.PartInfo> parts, Recipient recipient,
            Letter.Letterhead letterhead, List<String> attachments, LetterRequest request) {
        Locale locale = request.locale();
        LetterText text = request.text() == null ? LetterText.networkDefault(locale) : request.text();
        for (String name : text.placeholders()) {
            if (!Placeholders.KNOWN.contains(name)) {
                throw new Problem(HttpStatus.BAD_REQUEST, "documents.letter.placeholder.unknown", "{" + name + "}",
                        String.join(" ", Placeholders.KNOWN.stream().sorted().map(k -> "{" + k + "}").toList()));
            }
        }
        if (parts.isEmpty()) {
            throw new Problem(HttpStatus.CONFLICT, "documents.letter.meeting.noParts");
        }
        // a meeting of one part: the sentences about the reception are left out (MissingParts)
        text = MissingParts.leaveOut(text, parts.size());
        MeetingFacts.PartInfo first = parts.get(0);
        ZonedDateTime start = first.startsAt().atZone(meeting.zone());
        LocalDate meetingDay = start.toLocalDate();
        if (request.rsvpDeadline() == null) {
            throw new Problem(HttpStatus.BAD_REQUEST, "documents.letter.deadline.missing");
        }
        if (request.rsvpDeadline().isAfter(meetingDay)) {
            throw new Problem(HttpStatus.BAD_REQUEST, "documents.letter.deadline.afterMeeting",
                    DatePhrases.date(request.rsvpDeadline(), locale), DatePhrases.date(meetingDay, locale));
        }
        if (recipient.mayor() == null || recipient.mayor().fullName() == null || recipient.mayor().fullName().isBlank()) {
            throw new Problem(HttpStatus.CONFLICT, "documents.letter.recipient.noMayor",
                    recipient.officialName().in(locale));
        }
        String host = meeting.hostOfficial().in(locale);
        if (host == null || host.isBlank()) {
            throw new Problem(HttpStatus.CONFLICT, "documents.letter.meeting.noHost");
        }

        Map<String, String> values = new HashMap<>();
        values.put("host", Apposition.closed(host));
        values.put("meeting", meeting.title().in(locale));
        values.put("date", DatePhrases.on(meetingDay, locale));
        values.put("time", first.endsAt() == null ? TimePhrases.time(start.toLocalTime())
                : TimePhrases.range(start.toLocalTime(), first.endsAt().atZone(meeting.zone()).toLocalTime()));
        values.put("venue", first.venue().place(locale));
        values.put("address", first.venue().street(locale));
        if (parts.size() > 1) {
            values.put("reception", TimePhrases.at(parts.get(1).startsAt().atZone(meeting.zone()).toLocalTime(), locale));
        }
        values.put("deadline", DatePhrases.afterPreposition(request.rsvpDeadline(), locale));
        values.put("municipality", recipient.officialName().in(locale));
        values.put("mayor", recipient.mayor().fullName());
        values.put("rsvp", request.rsvpUrl());

        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.paragraphs()) {
            paragraphs.add(Placeholders.fill(paragraph, values));
        }
        return new Letter(locale, letterhead, request.dated(),
                new Letter.Recipient(recipient.officialName().in(locale), recipient.mayorTitle().in(locale),
                        recipient.mayor().fullName(),
                        gender(recipient.mayor().gender())),
                Placeholders.fill(text.heading(), values), paragraphs, signatory(host), attachments,
                request.rsvpDeadline(), request.rsvpUrl(), Placeholders.fill(text.supporters(), values));
    }

    /** {@code Ο Δήμαρχος Αθηναίων, Χάρης Δούκας}: the title over the name, split at the last comma. */
    static Letter.Signatory signatory(String host) {
        int comma = host.lastIndexOf(',');
        return comma < 0 ? new Letter.Signatory("", host.strip())
                : new Letter.Signatory(host.substring(0, comma).strip(), host.substring(comma + 1).strip());
    }

    static Letter.Gender gender(String gender) {
        try {
            return gender == null ? Letter.Gender.UNSPECIFIED : Letter.Gender.valueOf(gender);
        } catch (IllegalArgumentException e) {
            return Letter.Gender.UNSPECIFIED;
        }
    }
}
