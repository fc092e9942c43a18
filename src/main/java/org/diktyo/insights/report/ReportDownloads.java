package org.diktyo.insights.report;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import org.diktyo.insights.Period;
import org.diktyo.platform.Problem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The report's files, for the API and the page alike: checked, compiled, written, audited. */
@Component
class ReportDownloads {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CompileActivityReport compile;
    private final ReportTables tables;

    ReportDownloads(CompileActivityReport compile, ReportTables tables) {
        this.compile = compile;
        this.tables = tables;
    }

    ResponseEntity<byte[]> xlsx(String from, String to, String lang, Locale reader) {
        return file("xlsx", from, to, lang, reader, XLSX);
    }

    ResponseEntity<byte[]> pdf(String from, String to, String lang, Locale reader) {
        return file("pdf", from, to, lang, reader, MediaType.APPLICATION_PDF);
    }

    private ResponseEntity<byte[]> file(String format, String from, String to, String lang, Locale reader,
            MediaType type) {
        Period period = compile.period(from, to);
        Locale locale = language(lang, reader);
        ActivityReport report = compile.compile(period);
        List<ReportTables.Table> content = tables.tables(report, locale);
        String title = tables.t("insights.report.title", locale);
        String periodText = tables.periodText(report, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32768);
        if ("pdf".equals(format)) {
            ActivityReportPdf.write(locale, tables.t("insights.report.issuer", locale), title, periodText,
                    tables.t("insights.report.note", locale), content, out);
        } else {
            ActivityReportXlsx.write(title, periodText, content, out);
        }
        compile.audited(format, period);
        String name = "activity-" + period.from() + "-" + period.to() + "-" + locale.getLanguage() + "." + format;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(out.toByteArray());
    }

    private static Locale language(String lang, Locale reader) {
        if (lang == null || lang.isBlank()) {
            return org.diktyo.language.Language.english(reader) ? Locale.ENGLISH : Locale.forLanguageTag("el");
        }
        return switch (lang.strip()) {
            case "el" -> Locale.forLanguageTag("el");
            case "en" -> Locale.ENGLISH;
            default -> throw new Problem(HttpStatus.BAD_REQUEST, "platform.error.parameter",
                    List.of(new Problem.FieldProblem("lang", "insights.error.lang")), "lang");
        };
    }
}
