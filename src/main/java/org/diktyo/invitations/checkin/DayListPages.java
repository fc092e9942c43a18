package org.diktyo.invitations.checkin;

import java.util.Locale;

import org.diktyo.invitations.checkin.DayListFiles.Kind;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The same lists for the signed-in secretariat, linked from the campaign and check-in pages (in the page's language). */
@Controller
class DayListPages {

    private final DayListFiles files;

    DayListPages(DayListFiles files) {
        this.files = files;
    }

    @GetMapping("/admin/meetings/{id}/attendees.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String id, @RequestParam(required = false) String lang, Locale locale) {
        return files.file(id, Kind.XLSX_SHEET, lang(lang, locale));
    }

    @GetMapping("/admin/meetings/{id}/attendees.csv")
    ResponseEntity<byte[]> csv(@PathVariable String id, @RequestParam(required = false) String lang, Locale locale) {
        return files.file(id, Kind.CSV_SHEET, lang(lang, locale));
    }

    @GetMapping("/admin/meetings/{id}/sign-in-sheet.pdf")
    ResponseEntity<byte[]> signInSheet(@PathVariable String id, @RequestParam(required = false) String lang, Locale locale) {
        return files.file(id, Kind.SIGN_IN_SHEET, lang(lang, locale));
    }

    @GetMapping("/admin/meetings/{id}/badges.pdf")
    ResponseEntity<byte[]> badges(@PathVariable String id, @RequestParam(required = false) String lang, Locale locale) {
        return files.file(id, Kind.BADGES, lang(lang, locale));
    }

    private static String lang(String lang, Locale locale) {
        return lang != null ? lang : locale.getLanguage();
    }
}
