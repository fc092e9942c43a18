package org.diktyo.platform.charts;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A horizontal bar chart drawn on the server as SVG ({@link #svg()}), with the same figures as
 * an HTML table ({@link #table(String, String)}) to print beside it: the image is
 * {@code role="img"} with a {@code <title>} (and a {@code <desc>} when given) for screen
 * readers, the table is the content. No JavaScript, no styles needed outside the SVG; the SVG
 * scales to its container's width and prints in PDF.
 *
 * <p>Numbers are written in the reader's locale (Greek: decimal comma, thousands dot); whole
 * values without decimals, others with one. All text is escaped, so labels may come from users.
 */
public final class BarChart {

    /** One bar: its label (shown as is, escaped) and its value (zero or more). */
    public record Bar(String label, double value) {
        public Bar {
            Objects.requireNonNull(label, "label");
            if (Double.isNaN(value) || value < 0) {
                throw new IllegalArgumentException("a bar's value must be zero or more: " + value);
            }
        }
    }

    static final int WIDTH = 640;
    static final int ROW = 28;
    static final int BAR = 18;
    static final int TOP = 8;
    static final int LABELS = 240;
    static final int VALUES = 64;
    private static final int LONGEST_LABEL = 34;

    private final String id;
    private final String title;
    private final String description;
    private final List<Bar> bars;
    private final Locale locale;

    /**
     * @param id          unique on the page (letters, digits, hyphens): ids of the title and desc
     * @param title       the chart's title, read by screen readers and shown as the table's caption
     * @param description a sentence saying what the chart shows, or {@code null}
     */
    public BarChart(String id, String title, String description, List<Bar> bars, Locale locale) {
        if (id == null || !id.matches("[A-Za-z][A-Za-z0-9-]*")) {
            throw new IllegalArgumentException("a chart's id is letters, digits and hyphens: " + id);
        }
        this.id = id;
        this.title = Objects.requireNonNull(title, "title");
        this.description = description;
        this.bars = List.copyOf(bars);
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public List<Bar> bars() {
        return bars;
    }

    /** The highest value, or zero without bars. */
    public double max() {
        return bars.stream().mapToDouble(Bar::value).max().orElse(0);
    }

    /** The length of a bar in SVG units: the longest bar fills the space between labels and values. */
    double length(Bar bar) {
        double max = max();
        return max == 0 ? 0 : Math.round(bar.value() / max * (WIDTH - LABELS - VALUES) * 10) / 10.0;
    }

    /** A value as the reader writes numbers: «1.234», «3,5». */
    public String format(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(value == Math.rint(value) ? 0 : 1);
        format.setMinimumFractionDigits(value == Math.rint(value) ? 0 : 1);
        return format.format(value);
    }

    /** The chart as an inline SVG element. */
    public String svg() {
        int height = TOP * 2 + Math.max(1, bars.size()) * ROW;
        StringBuilder svg = new StringBuilder(256 + bars.size() * 256);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title").append(description == null ? "" : " " + id + "-desc")
                .append("\" font-family=\"Arial, sans-serif\" font-size=\"14\"><title id=\"").append(id)
                .append("-title\">").append(escape(title)).append("</title>");
        if (description != null) {
            svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = TOP + i * ROW;
            double length = length(bar);
            String value = format(bar.value());
            svg.append("<g><title>").append(escape(bar.label())).append(": ").append(value).append("</title>")
                    .append("<text x=\"").append(LABELS - 8).append("\" y=\"").append(y + BAR - 4)
                    .append("\" text-anchor=\"end\" fill=\"#0b0c0c\">").append(escape(shortened(bar.label())))
                    .append("</text><rect x=\"").append(LABELS).append("\" y=\"").append(y).append("\" width=\"")
                    .append(length).append("\" height=\"").append(BAR).append("\" fill=\"#1d70b8\"/>")
                    .append("<text x=\"").append(LABELS + length + 6).append("\" y=\"").append(y + BAR - 4)
                    .append("\" fill=\"#0b0c0c\">").append(value).append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    /** The same figures as a table (GOV.UK classes), captioned with the chart's title. */
    public String table(String labelHeading, String valueHeading) {
        StringBuilder table = new StringBuilder(256 + bars.size() * 160);
        table.append("<table class=\"govuk-table chart-table\"><caption class=\"govuk-table__caption govuk-table__caption--s\">")
                .append(escape(title)).append("</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">")
                .append("<th scope=\"col\" class=\"govuk-table__header\">").append(escape(labelHeading))
                .append("</th><th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">")
                .append(escape(valueHeading)).append("</th></tr></thead><tbody class=\"govuk-table__body\">");
        for (Bar bar : bars) {
            table.append("<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">")
                    .append(escape(bar.label())).append("</th><td class=\"govuk-table__cell govuk-table__cell--numeric\">")
                    .append(format(bar.value())).append("</td></tr>");
        }
        return table.append("</tbody></table>").toString();
    }

    private static String shortened(String label) {
        return label.codePointCount(0, label.length()) <= LONGEST_LABEL ? label
                : label.substring(0, label.offsetByCodePoints(0, LONGEST_LABEL - 1)) + "…";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
