package org.diktyo.invitations.checkin;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.diktyo.documents.Attendance;
import org.diktyo.documents.AttendeeSheets;
import org.diktyo.documents.DayLists;
import org.diktyo.invitations.FileResponses;
import org.diktyo.platform.LanguageParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The lists of a meeting's day as files: attendees (XLSX, CSV), sign-in sheet and name badges (PDF/A). */
@Component
class DayListFiles {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    /** A list of the day: its name in file names and the audit trail, and how it is made. */
    enum Kind {
        XLSX_SHEET("attendees", "xlsx", DayListFiles.XLSX),
        CSV_SHEET("attendees", "csv", DayListFiles.CSV),
        SIGN_IN_SHEET("sign-in-sheet", "pdf", MediaType.APPLICATION_PDF),
        BADGES("badges", "pdf", MediaType.APPLICATION_PDF);

        final String name;
        final String extension;
        final MediaType type;

        Kind(String name, String extension, MediaType type) {
            this.name = name;
            this.extension = extension;
            this.type = type;
        }
    }

    private final DayAttendance attendance;

    DayListFiles(DayAttendance attendance) {
        this.attendance = attendance;
    }

    ResponseEntity<byte[]> file(String meetingId, Kind kind, String lang) {
        Locale locale = LanguageParameter.locale(lang);
        Attendance who = attendance.of(meetingId, locale, kind.name + "." + kind.extension);
        byte[] body = switch (kind) {
            case XLSX_SHEET -> written(out -> AttendeeSheets.xlsx(who, out));
            case CSV_SHEET -> written(out -> AttendeeSheets.csv(who, out));
            case SIGN_IN_SHEET -> DayLists.signInSheet(who);
            case BADGES -> DayLists.nameBadges(who);
        };
        return FileResponses.of(kind.name + "-" + meetingId + "-" + locale.getLanguage() + "." + kind.extension, body,
                kind.type, false);
    }

    private static byte[] written(java.util.function.Consumer<java.io.OutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return out.toByteArray();
    }
}
