package org.diktyo.documents.render;

import java.util.List;

import org.diktyo.documents.Attendance;

/** What the sign-in sheet and badge templates show: the list, sorted, with the labels. */
public record ListView(Labels t, String title, Attendance attendance, List<Attendance.Attendee> attendees, String css) {

    public String lang() {
        return t.lang();
    }

    /** The attendees in pages of {@code size} (badges: eight to a page), each row of two. */
    public List<List<Attendance.Attendee>> rowsOfTwo() {
        List<List<Attendance.Attendee>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < attendees.size(); i += 2) {
            rows.add(attendees.subList(i, Math.min(i + 2, attendees.size())));
        }
        return rows;
    }
}
