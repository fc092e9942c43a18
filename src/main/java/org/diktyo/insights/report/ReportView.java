package org.diktyo.insights.report;

import org.diktyo.platform.FormErrors;

/** The report form: the period proposed (this year so far) or as typed, and what is wrong with it. */
public record ReportView(String from, String to, FormErrors errors) {
}
