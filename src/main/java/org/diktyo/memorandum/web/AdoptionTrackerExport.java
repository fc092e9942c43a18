package org.diktyo.memorandum.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.diktyo.memorandum.domain.MemorandumVersion;
import org.diktyo.memorandum.domain.ReadMemorandum;
import org.diktyo.platform.OneSheet;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /admin/memorandum/versions/{n}/adoptions.xlsx}: the adoption tracker as a spreadsheet
 * for the secretariat and the partners: every member with its state, whether it is late, its
 * council decision and whether a signed copy is in. Municipalities only, no people.
 */
@Controller
class AdoptionTrackerExport {

    private static final List<String> COLUMNS = List.of("memorandum.adopted.municipality",
            "memorandum.adoption.field.state", "memorandum.adoptions.late", "memorandum.adoption.field.decisionNumber",
            "memorandum.adoption.field.decisionDate", "memorandum.adoptions.export.copy",
            "memorandum.adoptions.export.id");

    private final ReadMemorandum memorandum;
    private final TrackerRows rows;
    private final ViewerResolver viewers;
    private final MessageSource messages;

    AdoptionTrackerExport(ReadMemorandum memorandum, TrackerRows rows, ViewerResolver viewers, MessageSource messages) {
        this.memorandum = memorandum;
        this.rows = rows;
        this.viewers = viewers;
        this.messages = messages;
    }

    @GetMapping("/admin/memorandum/versions/{number}/adoptions.xlsx")
    void xlsx(@PathVariable int number, Locale locale, HttpServletResponse response) throws IOException {
        if (!viewers.current().staff()) {
            throw Problem.forbidden();
        }
        MemorandumVersion v = memorandum.version(number);
        String yes = t("memorandum.adoptions.export.yes", locale);
        List<List<Object>> lines = rows.of(v, locale).stream().map(r -> List.<Object>of(r.name(),
                t("memorandum.adoptions.state." + r.state(), locale), r.late() ? yes : "",
                r.decisionNumber() == null ? "" : r.decisionNumber(), r.decisionDate() == null ? "" : r.decisionDate(),
                r.signedCopy() ? yes : "", r.municipalityId())).toList();
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("adoptions-" + v.number() + ".xlsx").build().toString());
        OneSheet.write(response.getOutputStream(), v.label().in(locale), COLUMNS.stream().map(c -> t(c, locale)).toList(),
                lines);
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
