package org.diktyo.network.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.diktyo.accounts.AuditTrail;
import org.diktyo.network.MembershipStatus;
import org.diktyo.network.domain.Geography;
import org.diktyo.network.domain.Municipality;
import org.diktyo.network.domain.RegistryQuery;
import org.diktyo.platform.Problem;
import org.diktyo.platform.SpreadsheetCells;
import org.diktyo.platform.ViewerResolver;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The registry as CSV (UTF-8 with BOM, so Excel shows Greek) and XLSX, with the same
 * filters and order as the page, headers in the user's language. No personal data; every
 * export is recorded in the audit log. For the secretariat and the partners.
 */
@Controller
class RegistryExport {

    private final RegistryQuery query;
    private final Geography geography;
    private final Names.Factory names;
    private final MessageSource messages;
    private final ViewerResolver viewers;
    private final AuditTrail audit;

    RegistryExport(Names.Factory names, RegistryQuery query, Geography geography, MessageSource messages, ViewerResolver viewers,
            AuditTrail audit) {
        this.query = query;
        this.geography = geography;
        this.names = names;
        this.messages = messages;
        this.viewers = viewers;
        this.audit = audit;
    }

    private record Column(String key, Function<Municipality, Object> value) {
    }

    @GetMapping("/admin/registry.csv")
    void csv(@RequestParam(required = false) String q, @RequestParam(required = false) MembershipStatus status,
            @RequestParam(required = false) String region, @RequestParam(defaultValue = "NAME") RegistryQuery.Sort sort,
            Locale locale, HttpServletResponse response) throws IOException {
        List<Municipality> rows = rows(q, status, region, sort, locale, "registry.export.csv");
        List<Column> columns = columns(locale);
        response.setContentType("text/csv;charset=UTF-8");
        attachment(response, "registry.csv");
        OutputStream out = response.getOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(String.join(",", columns.stream()
                .map(c -> SpreadsheetCells.csv(messages.getMessage(c.key(), null, locale))).toList()));
        writer.write("\r\n");
        for (Municipality m : rows) {
            writer.write(String.join(",", columns.stream()
                    .map(c -> SpreadsheetCells.csv(text(c.value().apply(m)))).toList()));
            writer.write("\r\n");
        }
        writer.flush();
    }

    @GetMapping("/admin/registry.xlsx")
    void xlsx(@RequestParam(required = false) String q, @RequestParam(required = false) MembershipStatus status,
            @RequestParam(required = false) String region, @RequestParam(defaultValue = "NAME") RegistryQuery.Sort sort,
            Locale locale, HttpServletResponse response) throws IOException {
        List<Municipality> rows = rows(q, status, region, sort, locale, "registry.export.xlsx");
        List<Column> columns = columns(locale);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        attachment(response, "registry.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(messages.getMessage("network.export.sheet", null, locale));
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(messages.getMessage(columns.get(i).key(), null, locale));
            }
            int r = 1;
            for (Municipality m : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < columns.size(); i++) {
                    Object value = columns.get(i).value().apply(m);
                    if (value instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(i).setCellValue(SpreadsheetCells.safe(text(value)));
                    }
                }
            }
            workbook.write(response.getOutputStream());
            workbook.dispose();
        }
    }

    private List<Municipality> rows(String q, MembershipStatus status, String region, RegistryQuery.Sort sort,
            Locale locale, String action) {
        if (!viewers.current().staff()) {
            throw Problem.forbidden();
        }
        String knownRegion = region != null && geography.knownRegion(region) ? region : null;
        audit.record(action, "registry");
        return query.find(status, knownRegion, q, sort, locale, 0, RegistryQuery.MAX_SIZE).items();
    }

    private List<Column> columns(Locale locale) {
        Names local = names.in(locale);
        return List.of(
                new Column("network.export.id", Municipality::id),
                new Column("network.export.elstat", Municipality::elstatCode),
                new Column("network.field.municipality", local::official),
                new Column("network.export.nameEl", Municipality::nameEl),
                new Column("network.export.nameEn", Municipality::nameEn),
                new Column("network.field.mayorTitle", m -> m.mayorTitle().in(locale)),
                new Column("network.field.region", m -> local.region(m.regionId())),
                new Column("network.field.unit", local::unit),
                new Column("network.field.seat", local::seat),
                new Column("network.field.population2021", Municipality::population2021),
                new Column("network.field.population2011", Municipality::population2011),
                new Column("network.field.status", m -> messages.getMessage("network.status." + m.status(), null, locale)),
                new Column("network.field.joined", m -> m.joinedYear() == null ? null : local.joined(m)),
                new Column("network.field.website", Municipality::website));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void attachment(HttpServletResponse response, String filename) {
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
    }
}
