package org.diktyo.insights.report;

/** The report form: the period proposed (this year so far). */
public record ReportView(String from, String to) {
}
