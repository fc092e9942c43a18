package org.diktyo.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.diktyo.documents.render.Labels;
import org.diktyo.platform.SpreadsheetCells;

/**
 * The attendee list as a spreadsheet: XLSX written as a stream (POI SXSSF, a window of rows in
 * memory) and CSV in UTF-8 with a byte-order mark so that Excel shows Greek. In both, a cell
 * that begins with {@code = + - @} is neutralised ({@link SpreadsheetCells}); rows in Greek
 * collation order, as on the sign-in sheet.
 */
public final class AttendeeSheets {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private AttendeeSheets() {
    }

    private static List<String> headings(Labels t) {
        return List.of(t.t("documents.signin.municipality"), t.t("documents.signin.name"),
                t.t("documents.signin.position"), t.t("documents.attendees.email"), t.t("documents.attendees.phone"),
                t.t("documents.attendees.parts"));
    }

    private static List<String> cells(Attendance.Attendee a) {
        return List.of(a.municipality(), a.fullName(), a.position(), a.email(), a.phone(), a.parts());
    }

    public static void xlsx(Attendance attendance, OutputStream out) {
        Labels t = Labels.of(attendance.locale());
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Sheet sheet = workbook.createSheet(t.t("documents.attendees.sheet"));
            XSSFCellStyle bold = (XSSFCellStyle) workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            write(sheet.createRow(0), headings(t)).forEach(c -> c.setCellStyle(bold));
            int r = 1;
            for (Attendance.Attendee a : attendance.sorted()) {
                write(sheet.createRow(r++), cells(a));
            }
            for (int c = 0; c < 6; c++) {
                sheet.setColumnWidth(c, c == 5 ? 40 * 256 : 28 * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the temporary files are already gone
            }
        }
    }

    private static List<org.apache.poi.ss.usermodel.Cell> write(Row row, List<String> values) {
        List<org.apache.poi.ss.usermodel.Cell> cells = new java.util.ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
            cell.setCellValue(SpreadsheetCells.safe(values.get(i)));
            cells.add(cell);
        }
        return cells;
    }

    public static void csv(Attendance attendance, OutputStream out) {
        try {
            out.write(BOM);
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            line(writer, headings(Labels.of(attendance.locale())));
            for (Attendance.Attendee a : attendance.sorted()) {
                line(writer, cells(a));
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Writer writer, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(SpreadsheetCells.csv(values.get(i)));
        }
        writer.write("\r\n");
    }
}
