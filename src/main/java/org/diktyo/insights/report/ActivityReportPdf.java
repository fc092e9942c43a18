package org.diktyo.insights.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diktyo.documents.TextDocument;
import org.diktyo.documents.TextDocumentPdf;
import org.diktyo.platform.charts.BarChart;

/**
 * The report as a PDF through the documents' text machinery (tagged PDF/A, fonts embedded): a
 * section per table, its chart drawn as bars of the page's own boxes (the PDF engine draws no
 * SVG) with every figure written beside its bar, then the table.
 */
final class ActivityReportPdf {

    private ActivityReportPdf() {
    }

    static void write(Locale locale, String issuer, String title, String period, String note,
            List<ReportTables.Table> tables, OutputStream out) {
        List<TextDocument.Section> sections = new ArrayList<>();
        for (ReportTables.Table table : tables) {
            StringBuilder body = new StringBuilder(4096);
            if (table.chart() != null) {
                chart(body, table.chart());
            }
            table(body, table);
            sections.add(new TextDocument.Section("", table.title(), body.toString()));
        }
        TextDocumentPdf.render(new TextDocument(locale, issuer, title, period, List.of(note), sections,
                title + " · " + period), out);
    }

    private static void chart(StringBuilder body, BarChart chart) {
        double max = chart.max();
        body.append("<table class=\"dk-bars\" style=\"width:100%;border-collapse:collapse;margin-bottom:8pt\">");
        for (BarChart.Bar bar : chart.bars()) {
            int percent = max == 0 ? 0 : (int) Math.round(bar.value() / max * 100);
            body.append("<tr><td style=\"width:40%;font-size:8pt;padding:1pt 4pt 1pt 0\">").append(escape(bar.label()))
                    .append("</td><td style=\"width:60%;padding:1pt 0\"><div style=\"background:#1d70b8;height:8pt;width:")
                    .append(Math.max(percent, 1)).append("%\"></div></td><td style=\"font-size:8pt;padding-left:4pt\">")
                    .append(chart.format(bar.value())).append("</td></tr>");
        }
        body.append("</table>");
    }

    private static void table(StringBuilder body, ReportTables.Table table) {
        body.append("<table style=\"width:100%;border-collapse:collapse;font-size:8.5pt\"><thead><tr>");
        for (String heading : table.headings()) {
            body.append("<th style=\"text-align:left;border-bottom:1pt solid #0b0c0c;padding:2pt\">")
                    .append(escape(heading)).append("</th>");
        }
        body.append("</tr></thead><tbody>");
        if (table.rows().isEmpty()) {
            body.append("<tr><td style=\"padding:2pt\" colspan=\"").append(table.headings().size()).append("\">—</td></tr>");
        }
        for (List<Object> row : table.rows()) {
            body.append("<tr>");
            for (Object cell : row) {
                body.append("<td style=\"border-bottom:0.5pt solid #b1b4b6;padding:2pt\">")
                        .append(escape(String.valueOf(cell))).append("</td>");
            }
            body.append("</tr>");
        }
        body.append("</tbody></table>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
