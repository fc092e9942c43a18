package org.diktyo.invitations;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.diktyo.language.DatePhrases;
import org.diktyo.language.TimePhrases;
import org.diktyo.meetings.MeetingFacts;

/** How the invitations pages write dates, times and places in the page's language. */
public final class Texts {

    private final Locale locale;

    public Texts(Locale locale) {
        this.locale = locale;
    }

    public String date(Instant instant, ZoneId zone) {
        return instant == null ? "" : DatePhrases.date(instant.atZone(zone).toLocalDate(), locale);
    }

    /** After μέχρι / by: {@code την Τρίτη 11 Ιουνίου 2024} / {@code Tuesday 11 June 2024}. */
    public String by(Instant instant, ZoneId zone) {
        return instant == null ? "" : DatePhrases.afterPreposition(instant.atZone(zone).toLocalDate(), locale);
    }

    public String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : date(instant, zone) + " " + TimePhrases.time(instant.atZone(zone).toLocalTime());
    }

    public String hours(MeetingFacts.PartInfo p, ZoneId zone) {
        return Places.hours(p, zone);
    }

    public String time(java.time.LocalTime time) {
        return TimePhrases.time(time);
    }

    public String place(MeetingFacts.PartInfo p) {
        return Places.place(p, locale);
    }

    public String address(MeetingFacts.PartInfo p) {
        return Places.address(p, locale);
    }

    public String kib(long bytes) {
        return String.valueOf(Math.max(1, (bytes + 1023) / 1024));
    }
}
