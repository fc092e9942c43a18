package org.diktyo.documents;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.diktyo.language.GreekText;

/**
 * Who comes to a meeting, for the lists of the day: sign-in sheet, name badges, attendee
 * spreadsheets. Texts are already in the list's language.
 *
 * @param when the date and times as a line ({@code Δευτέρα 17 Ιουνίου 2024, 17:30 – 20:00})
 * @param where the venue as a line
 */
public record Attendance(Locale locale, String networkName, String meetingTitle, String when, String where,
        List<Attendee> attendees) {

    public Attendance {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(meetingTitle, "meetingTitle");
        networkName = networkName == null ? "" : networkName;
        when = when == null ? "" : when;
        where = where == null ? "" : where;
        attendees = List.copyOf(attendees);
    }

    /**
     * One delegate.
     *
     * @param parts the parts attended, as a line ({@code Συνάντηση εργασίας, Δεξίωση})
     */
    public record Attendee(String municipality, String fullName, String position, String email, String phone,
            String parts) {
        public Attendee {
            municipality = municipality == null ? "" : municipality;
            fullName = fullName == null ? "" : fullName;
            position = position == null ? "" : position;
            email = email == null ? "" : email;
            phone = phone == null ? "" : phone;
            parts = parts == null ? "" : parts;
        }
    }

    /** Municipalities, then delegates, in Greek collation order (accents and case second). */
    public List<Attendee> sorted() {
        Comparator<String> greek = GreekText.greekCollator();
        return attendees.stream()
                .sorted(Comparator.comparing(Attendee::municipality, greek).thenComparing(Attendee::fullName, greek))
                .toList();
    }
}
