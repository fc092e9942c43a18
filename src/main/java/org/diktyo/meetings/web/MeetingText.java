package org.diktyo.meetings.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.diktyo.language.DatePhrases;
import org.diktyo.language.TimePhrases;
import org.diktyo.meetings.domain.Meeting;
import org.diktyo.meetings.domain.MeetingPart;

/** How a page in one language writes a meeting's dates, times and places. */
public final class MeetingText {

    private final Locale locale;

    MeetingText(Locale locale) {
        this.locale = locale;
    }

    /** {@code Δευτέρα 17 Ιουνίου 2024}, in the meeting's zone. */
    public String date(Meeting meeting, Instant instant) {
        return instant == null ? "" : DatePhrases.date(instant.atZone(meeting.zone()).toLocalDate(), locale);
    }

    /** {@code Δευτέρα 17 Ιουνίου 2024}, or nothing. */
    public String day(java.time.LocalDate day) {
        return day == null ? "" : DatePhrases.date(day, locale);
    }

    /** {@code 17:30 – 20:00}, wall-clock time in the meeting's zone; {@code στις 20:00} for a part without an end. */
    public String hours(Meeting meeting, MeetingPart part) {
        ZoneId zone = meeting.zone();
        if (part.endsAt() == null) {
            return at(meeting, part.startsAt());
        }
        return TimePhrases.range(part.startsAt().atZone(zone).toLocalTime(), part.endsAt().atZone(zone).toLocalTime());
    }

    /** {@code στις 20:00} / {@code at 20:00}. */
    public String at(Meeting meeting, Instant instant) {
        return TimePhrases.at(instant.atZone(meeting.zone()).toLocalTime(), locale);
    }

    /** The room and the venue: {@code Αίθουσα Δημοτικού Συμβουλίου, Δημαρχιακό Μέγαρο}. */
    public String place(MeetingPart part) {
        return part.venue().place(locale);
    }

    /** {@code Αθηνάς 63, Πλ. Κοτζιά, 2ος όροφος, 105 52 Αθήνα}. */
    public String address(MeetingPart part) {
        return part.venue().address(locale);
    }
}
