package org.diktyo.insights.report;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/reports/activity.xlsx|.pdf}: the activity report of a period (secretariat and partners; audited). */
@RestController
@Tag(name = "insights")
class ReportApi {

    private final ReportDownloads downloads;

    ReportApi(ReportDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/api/v1/reports/activity.xlsx")
    @Operation(summary = "The activity report of a period as a workbook: meetings held, attendance per municipality"
            + " and part, new members and adoptions, practices by theme, positions and answers; no personal data")
    ResponseEntity<byte[]> xlsx(@Parameter(description = "first day, YYYY-MM-DD (default: 1 January of this year)")
            @RequestParam(required = false) String from,
            @Parameter(description = "last day, YYYY-MM-DD (default: today); at most five years after from")
            @RequestParam(required = false) String to,
            @Parameter(description = "el or en (default: the reader's language)") @RequestParam(required = false) String lang,
            Locale locale) {
        return downloads.xlsx(from, to, lang, locale);
    }

    @GetMapping("/api/v1/reports/activity.pdf")
    @Operation(summary = "The activity report of a period as a PDF with charts; no personal data")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String lang, Locale locale) {
        return downloads.pdf(from, to, lang, locale);
    }
}
