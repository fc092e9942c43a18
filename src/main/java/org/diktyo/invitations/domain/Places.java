package org.diktyo.invitations.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diktyo.language.Floors;
import org.diktyo.language.Postcodes;
import org.diktyo.meetings.MeetingFacts.PartInfo;

/** How a part's place is written: the room and venue, and the address with floor and postcode. */
public final class Places {

    private Places() {
    }

    static String pick(boolean greek, String el, String en) {
        return greek || en == null || en.isBlank() ? el : en;
    }

    /** {@code 17:30 – 20:00}; a part without an end (a reception "at 20:00") gives its start alone. */
    public static String hours(PartInfo part, java.time.ZoneId zone) {
        var start = part.startsAt().atZone(zone).toLocalTime();
        return part.endsAt() == null ? org.diktyo.language.TimePhrases.time(start)
                : org.diktyo.language.TimePhrases.range(start, part.endsAt().atZone(zone).toLocalTime());
    }

    public static String place(PartInfo part, boolean greek) {
        String room = pick(greek, part.roomEl(), part.roomEn());
        String venue = pick(greek, part.venueEl(), part.venueEn());
        return room == null || room.isBlank() ? venue : room + ", " + venue;
    }

    public static String address(PartInfo part, Locale locale) {
        boolean greek = !"en".equals(locale.getLanguage());
        List<String> pieces = new ArrayList<>();
        pieces.add(pick(greek, part.streetEl(), part.streetEn()));
        String landmark = pick(greek, part.landmarkEl(), part.landmarkEn());
        if (landmark != null && !landmark.isBlank()) {
            pieces.add(landmark);
        }
        if (part.floor() != null) {
            pieces.add(Floors.floor(part.floor(), locale));
        }
        String code = part.postcode();
        pieces.add((Postcodes.isValid(code) ? Postcodes.format(code) : code) + " " + pick(greek, part.cityEl(), part.cityEn()));
        return String.join(", ", pieces);
    }
}
