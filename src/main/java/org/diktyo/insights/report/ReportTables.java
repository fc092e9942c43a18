package org.diktyo.insights.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diktyo.language.DatePhrases;
import org.diktyo.language.Language;
import org.diktyo.platform.charts.BarChart;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report as tables in one language, the same for the spreadsheet (a sheet each) and the PDF
 * (a section each, with a chart where one helps). Cells are text or numbers.
 */
@Component
public class ReportTables {

    /** One table: its title, its column headings, its rows, and the chart drawn from it or null. */
    public record Table(String sheet, String title, List<String> headings, List<List<Object>> rows, BarChart chart) {
    }

    private final MessageSource messages;

    ReportTables(MessageSource messages) {
        this.messages = messages;
    }

    public String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    public String periodText(ActivityReport r, Locale locale) {
        return DatePhrases.plain(r.period().from(), locale) + " – " + DatePhrases.plain(r.period().to(), locale);
    }

    public List<Table> tables(ActivityReport r, Locale locale) {
        boolean en = Language.english(locale);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d/M/yyyy");
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(t("insights.report.sheet.summary", locale), t("insights.report.summary", locale),
                List.of(t("insights.report.figure", locale), t("insights.report.value", locale)), List.of(
                        row(t("insights.report.period", locale), periodText(r, locale)),
                        row(t("insights.report.meetingsHeld", locale), r.meetings().size()),
                        row(t("insights.report.present", locale), r.present()),
                        row(t("insights.report.newMembers", locale), r.newMembers().size()),
                        row(t("insights.report.casesOpened", locale), r.accessions().opened()),
                        row(t("insights.report.casesClosed", locale), r.accessions().closed()),
                        row(t("insights.report.adoptions", locale), r.adopted()),
                        row(t("insights.report.practices", locale), r.practices().practices()),
                        row(t("insights.report.challenges", locale), r.practices().challenges()),
                        row(t("insights.report.positionsSent", locale), r.positions().size()),
                        row(t("insights.report.signatures", locale), r.signatures()),
                        row(t("insights.report.responses", locale), r.responses()),
                        row(t("insights.report.surveys", locale), r.surveys().size())), null));
        tables.add(new Table(t("insights.report.sheet.meetings", locale), t("insights.report.meetings", locale),
                List.of(t("insights.report.meeting", locale), t("insights.report.date", locale),
                        t("insights.report.parts", locale), t("insights.report.present", locale)),
                r.meetings().stream().map(m -> row(en ? m.titleEn() : m.titleEl(),
                        day.format(m.startsAt().atZoneSameInstant(org.diktyo.insights.Period.ATHENS)), m.parts(),
                        m.numberPresent() == null ? "" : m.numberPresent())).toList(), null));
        var parts = r.parts();
        tables.add(new Table(t("insights.report.sheet.attendance", locale), t("insights.report.attendance", locale),
                List.of(t("insights.report.part", locale), t("insights.report.municipalities", locale),
                        t("insights.report.seats", locale), t("insights.report.attending", locale)),
                parts.stream().map(p -> row(en ? p.partTitleEn() : p.partTitleEl(), p.municipalities(), p.seats(),
                        String.join(", ", en ? p.namesEn() : p.namesEl()))).toList(),
                chart("report-attendance", t("insights.report.attendance", locale), parts.stream().map(p ->
                        new BarChart.Bar(en ? p.partTitleEn() : p.partTitleEl(), p.municipalities())).toList(), locale)));
        tables.add(new Table(t("insights.report.sheet.members", locale), t("insights.report.members", locale),
                List.of(t("insights.report.municipality", locale), t("insights.report.region", locale)),
                r.newMembers().stream().map(m -> row(en ? m.officialNameEn() : m.officialNameEl(),
                        en ? m.regionEn() : m.regionEl())).toList(), null));
        tables.add(new Table(t("insights.report.sheet.adoptions", locale), t("insights.report.adoptionsByVersion", locale),
                List.of(t("insights.report.version", locale), t("insights.report.adoptions", locale)),
                r.adoptions().stream().map(v -> row(v.number() + " — " + (en ? v.labelEn() : v.labelEl()),
                        v.adoptions())).toList(), null));
        tables.add(new Table(t("insights.report.sheet.themes", locale), t("insights.report.themes", locale),
                List.of(t("insights.report.theme", locale), t("insights.report.practices", locale),
                        t("insights.report.challenges", locale)),
                r.byTheme().stream().map(c -> row(en ? c.labelEn() : c.labelEl(), c.practices(), c.challenges())).toList(),
                chart("report-themes", t("insights.report.themes", locale), r.byTheme().stream()
                        .filter(c -> c.practices() + c.challenges() > 0).map(c -> new BarChart.Bar(
                                en ? c.labelEn() : c.labelEl(), c.practices() + c.challenges())).toList(), locale)));
        tables.add(new Table(t("insights.report.sheet.targets", locale), t("insights.report.targets", locale),
                List.of(t("insights.report.target", locale), t("insights.report.practices", locale),
                        t("insights.report.challenges", locale)),
                r.byTargetGroup().stream().map(c -> row(en ? c.labelEn() : c.labelEl(), c.practices(), c.challenges()))
                        .toList(), null));
        tables.add(new Table(t("insights.report.sheet.positions", locale), t("insights.report.positions", locale),
                List.of(t("insights.report.position", locale), t("insights.report.sentOn", locale),
                        t("insights.report.signatures", locale), t("insights.report.responses", locale)),
                r.positions().stream().map(p -> row(en ? p.titleEn() : p.titleEl(),
                        p.sentOn() == null ? "" : day.format(p.sentOn()), p.signatures(), p.responses())).toList(),
                chart("report-positions", t("insights.report.positions", locale), r.positions().stream().map(p ->
                        new BarChart.Bar(en ? p.titleEn() : p.titleEl(), p.signatures())).toList(), locale)));
        tables.add(new Table(t("insights.report.sheet.surveys", locale), t("insights.report.surveys", locale),
                List.of(t("insights.report.survey", locale), t("insights.report.surveyDays", locale),
                        t("insights.report.surveyAnswered", locale)),
                r.surveys().stream().map(s -> row(en ? s.titleEn() : s.titleEl(),
                        day.format(s.opensOn()) + " – " + day.format(s.closesOn()), s.responses())).toList(),
                chart("report-surveys", t("insights.report.surveys", locale), r.surveys().stream().map(s ->
                        new BarChart.Bar(en ? s.titleEn() : s.titleEl(), s.responses())).toList(), locale)));
        return tables;
    }

    private static BarChart chart(String id, String title, List<BarChart.Bar> bars, Locale locale) {
        return bars.isEmpty() ? null : new BarChart(id, title, null, bars, locale);
    }

    private static List<Object> row(Object... cells) {
        return List.of(cells);
    }
}
