package org.diktyo.insights.dashboard;

import java.util.List;
import java.util.Locale;

import org.diktyo.language.Language;
import org.diktyo.platform.charts.BarChart;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The dashboard's charts in the reader's language, each with the headings of its table. */
@Component
public class DashboardCharts {

    /** A chart and the headings of the table beside it. */
    public record Chart(BarChart chart, String labelHeading, String valueHeading) {

        public String svg() {
            return chart.svg();
        }

        public String table() {
            return chart.table(labelHeading, valueHeading);
        }
    }

    private final MessageSource messages;

    DashboardCharts(MessageSource messages) {
        this.messages = messages;
    }

    public List<Chart> charts(Dashboard d, Locale locale) {
        boolean en = Language.english(locale);
        return List.of(
                chart("chart-regions", "insights.dashboard.chart.regions", "insights.dashboard.region",
                        "insights.dashboard.members", d.regions().stream().filter(r -> r.members() + r.candidates() > 0)
                                .map(r -> new BarChart.Bar(en ? r.nameEn() : r.nameEl(), r.members())).toList(), locale),
                chart("chart-funnel", "insights.dashboard.chart.funnel", "insights.dashboard.stage",
                        "insights.dashboard.cases", d.funnel().stream().map(s -> new BarChart.Bar(
                                messages.getMessage("network.accession.stage." + s.stage(), null, s.stage(), locale),
                                s.cases())).toList(), locale),
                chart("chart-meetings", "insights.dashboard.chart.meetings", "insights.dashboard.meeting",
                        "insights.dashboard.replyRate", d.nextMeetings().stream().map(m -> new BarChart.Bar(
                                en ? m.meeting().titleEn() : m.meeting().titleEl(), m.replyRate())).toList(), locale),
                chart("chart-practices", "insights.dashboard.chart.practices", "insights.dashboard.theme",
                        "insights.dashboard.practices", d.practicesByTheme().stream().filter(t -> t.practices() > 0)
                                .map(t -> new BarChart.Bar(en ? t.labelEn() : t.labelEl(), t.practices())).toList(),
                        locale),
                chart("chart-positions", "insights.dashboard.chart.positions", "insights.dashboard.position",
                        "insights.dashboard.signatures", d.openPositions().stream().map(p -> new BarChart.Bar(
                                en ? p.titleEn() : p.titleEl(), p.signatures())).toList(), locale));
    }

    private Chart chart(String id, String title, String label, String value, List<BarChart.Bar> bars, Locale locale) {
        return new Chart(new BarChart(id, messages.getMessage(title, null, locale), null, bars, locale),
                messages.getMessage(label, null, locale), messages.getMessage(value, null, locale));
    }
}
