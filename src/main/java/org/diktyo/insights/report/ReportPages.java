package org.diktyo.insights.report;

import java.util.Locale;

import org.diktyo.insights.Period;
import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Problem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/reports}: the form that asks for a period and downloads the activity report; a
 * bad period shows the form again with its messages and the dates as typed.
 */
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
        return show(model, period.from().toString(), period.to().toString(), FormErrors.NONE);
    }

    @GetMapping("/admin/reports/activity.xlsx")
    Object xlsx(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String lang, Locale locale, Model model) {
        try {
            return downloads.xlsx(from, to, lang, locale);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(model, from, to, FormErrors.of(problem)));
        }
    }

    @GetMapping("/admin/reports/activity.pdf")
    Object pdf(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String lang, Locale locale, Model model) {
        try {
            return downloads.pdf(from, to, lang, locale);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> show(model, from, to, FormErrors.of(problem)));
        }
    }

    private static String show(Model model, String from, String to, FormErrors errors) {
        model.addAttribute("view", new ReportView(from == null ? "" : from, to == null ? "" : to, errors));
        return "insights/reports";
    }
}
