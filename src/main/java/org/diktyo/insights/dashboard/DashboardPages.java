package org.diktyo.insights.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.diktyo.language.DatePhrases;
import org.diktyo.platform.ViewerResolver;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin}: the dashboard for the secretariat and the partners, with links to the admin pages. */
@Controller
class DashboardPages {

    static final int FIRST_YEAR = 2018;

    private final ReadDashboard read;
    private final DashboardCharts charts;
    private final ViewerResolver viewers;

    DashboardPages(ReadDashboard read, DashboardCharts charts, ViewerResolver viewers) {
        this.read = read;
        this.charts = charts;
        this.viewers = viewers;
    }

    @GetMapping({"/admin", "/admin/"})
    String dashboard(@RequestParam(required = false) String year, Model model, Locale locale) {
        Dashboard d = read.read(year);
        int thisYear = read.today().getYear();
        List<Integer> years = IntStream.rangeClosed(FIRST_YEAR, Math.max(thisYear, d.period().from().getYear()))
                .boxed().sorted(java.util.Comparator.reverseOrder()).toList();
        String period = DatePhrases.plain(d.period().from(), locale) + " – " + DatePhrases.plain(d.period().to(), locale);
        model.addAttribute("view", new DashboardView(d, charts.charts(d, locale), period, years,
                viewers.current().secretariat()));
        return "insights/dashboard";
    }
}
