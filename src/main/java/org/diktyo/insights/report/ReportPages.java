package org.diktyo.insights.report;

import java.util.Locale;

import org.diktyo.insights.Period;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/reports}: the form that asks for a period and downloads the activity report. */
@Controller
class ReportPages {

    private final CompileActivityReport compile;
    private final ReportDownloads downloads;

    ReportPages(CompileActivityReport compile, ReportDownloads downloads) {
        this.compile = compile;
        this.downloads = downloads;
    }

    @GetMapping("/admin/reports")
    String form(Model model) {
        Period period = compile.period(null, null);
        model.addAttribute("view", new ReportView(period.from().toString(), period.to().toString()));
        return "insights/reports";
    }

    @GetMapping("/admin/reports/activity.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String lang, Locale locale) {
        return downloads.xlsx(from, to, lang, locale);
    }

    @GetMapping("/admin/reports/activity.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String lang, Locale locale) {
        return downloads.pdf(from, to, lang, locale);
    }
}
