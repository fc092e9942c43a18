package org.diktyo.insights.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.diktyo.platform.SpreadsheetCells;

/**
 * The report as a workbook: a sheet per table, written as a stream (POI SXSSF); numbers as
 * numbers, text neutralised so that no cell can run as a formula ({@link SpreadsheetCells}).
 */
final class ActivityReportXlsx {

    private ActivityReportXlsx() {
    }

    static void write(String title, String period, List<ReportTables.Table> tables, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try (workbook) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (ReportTables.Table table : tables) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.sheet()));
                cell(sheet.createRow(0), 0, title + " — " + table.title()).setCellStyle(bold);
                cell(sheet.createRow(1), 0, period);
                Row head = sheet.createRow(3);
                for (int c = 0; c < table.headings().size(); c++) {
                    cell(head, c, table.headings().get(c)).setCellStyle(bold);
                    sheet.setColumnWidth(c, c == 0 ? 60 * 256 : 20 * 256);
                }
                int r = 4;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        cell(row, c, values.get(c));
                    }
                }
                sheet.createFreezePane(0, 4);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose(); // the temporary files of the rows already written
        }
    }

    private static Cell cell(Row row, int column, Object value) {
        Cell cell = row.createCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(SpreadsheetCells.safe(value == null ? "" : value.toString()));
        }
        return cell;
    }
}
