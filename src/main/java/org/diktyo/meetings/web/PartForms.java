package org.diktyo.meetings.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.diktyo.meetings.domain.MeetingPart;
import org.diktyo.meetings.domain.PartForm;

/** A stored part as the form shows it: date and wall-clock times in the meeting's zone. */
final class PartForms {

    private PartForms() {
    }

    static PartForm of(MeetingPart p, ZoneId zone) {
        ZonedDateTime start = p.startsAt().atZone(zone);
        ZonedDateTime end = p.endsAt() == null ? null : p.endsAt().atZone(zone);
        return new PartForm(p.titleEl(), p.titleEn(), start.toLocalDate(), start.toLocalTime(),
                end == null ? null : end.toLocalTime(),
                p.venueEl(), p.venueEn(), p.streetEl(), p.streetEn(), p.postcode(), p.cityEl(), p.cityEn(),
                nz(p.landmarkEl()), nz(p.landmarkEn()), nz(p.roomEl()), nz(p.roomEn()), p.floor(), p.capacity(),
                p.answeredSeparately());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
