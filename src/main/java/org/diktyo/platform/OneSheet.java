package org.diktyo.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook of one sheet, as the secretariat's lists are exported (the amendments, the adoption
 * tracker): a header row kept in view, then a row per item; a number stays a number, anything
 * else is text that a spreadsheet program will never run as a formula ({@link SpreadsheetCells}).
 */
public final class OneSheet {

    private OneSheet() {
    }

    public static void write(OutputStream out, String name, List<String> headers, List<List<Object>> rows)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try (workbook) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                head.createCell(c).setCellValue(headers.get(c));
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(SpreadsheetCells.safe(value == null ? "" : String.valueOf(value)));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        } finally {
            workbook.dispose();
        }
    }
}
