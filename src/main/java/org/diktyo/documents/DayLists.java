package org.diktyo.documents;

import java.util.List;

import org.diktyo.documents.render.Labels;
import org.diktyo.documents.render.ListView;
import org.diktyo.documents.render.PdfEngine;
import org.diktyo.documents.render.Resources;
import org.diktyo.documents.render.Templates;

/**
 * The PDFs for the day of a meeting, tagged PDF/A-3a with DejaVu Sans embedded like the
 * letters: a sign-in sheet (municipalities and delegates in Greek collation order, with a
 * column to sign) and name badges (eight to an A4 page, to cut). The spreadsheets are
 * {@link AttendeeSheets}.
 */
public final class DayLists {

    private static final String CSS = Resources.text("documents/lists.css");

    private DayLists() {
    }

    public static byte[] signInSheet(Attendance attendance) {
        return PdfEngine.render(Templates.render("documents/signInSheet.jte", view(attendance, "documents.signin.title")));
    }

    public static byte[] nameBadges(Attendance attendance) {
        return PdfEngine.render(Templates.render("documents/badges.jte", view(attendance, "documents.badges.title")));
    }

    private static ListView view(Attendance attendance, String titleKey) {
        Labels t = Labels.of(attendance.locale());
        List<Attendance.Attendee> sorted = attendance.sorted();
        return new ListView(t, t.t(titleKey), attendance, sorted, CSS);
    }
}
