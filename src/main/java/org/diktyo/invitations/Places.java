package org.diktyo.invitations;

import java.util.Locale;

import org.diktyo.meetings.MeetingFacts.PartInfo;

/**
 * How a part's time and place are written in the invitations' pages and mails; the place itself
 * is written by {@link org.diktyo.meetings.Venue}, the one implementation.
 */
public final class Places {

    private Places() {
    }

    /** {@code 17:30 – 20:00}; a part without an end (a reception "at 20:00") gives its start alone. */
    public static String hours(PartInfo part, java.time.ZoneId zone) {
        var start = part.startsAt().atZone(zone).toLocalTime();
        return part.endsAt() == null ? org.diktyo.language.TimePhrases.time(start)
                : org.diktyo.language.TimePhrases.range(start, part.endsAt().atZone(zone).toLocalTime());
    }

    /** The room and the venue, in the locale's language: see {@link org.diktyo.meetings.Venue#place}. */
    public static String place(PartInfo part, Locale locale) {
        return part.venue().place(locale);
    }

    /** The address with floor, postcode and town: see {@link org.diktyo.meetings.Venue#address}. */
    public static String address(PartInfo part, Locale locale) {
        return part.venue().address(locale);
    }
}
