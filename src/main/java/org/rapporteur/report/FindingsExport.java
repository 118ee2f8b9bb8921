package org.rapporteur.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes every finding as a row of {@code OUT/findings.csv} (Commons CSV, RFC 4180) and {@code OUT/findings.xlsx}
 * (POI), for a secretariat's own analysis. Text taken from the inputs that a spreadsheet would read as a formula
 * (beginning with = + - @, a tab or a carriage return) is written with a leading apostrophe, so it stays text.
 */
public final class FindingsExport {

    public static final String CSV_FILE = "findings.csv";
    public static final String XLSX_FILE = "findings.xlsx";

    /** Column widths in characters, in {@link FindingRow#HEADER}'s order. */
    private static final int[] WIDTHS = {16, 14, 60, 22, 20, 18, 16, 6, 60, 8};
    private static final int ROW_WINDOW = 200;

    private FindingsExport() {
    }

    /** Writes both files into {@code outDir}; answers them. */
    public static List<Path> write(Path outDir, List<FindingRow> rows) {
        byte[] xlsx = xlsx(rows);
        String csv = csv(rows);
        AtomicFiles.write(outDir.resolve(CSV_FILE), csv);
        AtomicFiles.write(outDir.resolve(XLSX_FILE), xlsx);
        return List.of(outDir.resolve(CSV_FILE), outDir.resolve(XLSX_FILE));
    }

    /**
     * A cell a spreadsheet will not evaluate and a terminal will not obey: control characters made visible, then
     * formula-starting text gets a leading apostrophe.
     */
    static String inert(String text) {
        String cell = VisibleText.of(text);
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    static String csv(List<FindingRow> rows) {
        StringBuilder out = new StringBuilder();
        // LF alone: no carriage return, like every other output (control characters never reach one)
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n')
                .setHeader(FindingRow.HEADER.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (FindingRow row : rows) {
                printer.printRecord(row.cells().stream()
                        .map(v -> v instanceof String s ? inert(s) : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Streamed (SXSSF): only a window of rows is held in memory, and writing is several times faster. */
    static byte[] xlsx(List<FindingRow> rows) {
        SXSSFWorkbook book = new SXSSFWorkbook(ROW_WINDOW);
        // without Zip64 records every part's size is in its local header, so streaming zip readers can read it too
        book.setZip64Mode(Zip64Mode.Never);
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = book.createSheet("Findings");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < FindingRow.HEADER.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(FindingRow.HEADER.get(i));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int r = 1;
            for (FindingRow row : rows) {
                Row line = sheet.createRow(r++);
                List<Object> cells = row.cells();
                for (int i = 0; i < cells.size(); i++) {
                    Object value = cells.get(i);
                    if (value instanceof Number n) {
                        line.createCell(i).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        line.createCell(i).setCellValue(inert(value.toString()));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, FindingRow.HEADER.size() - 1));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build findings.xlsx", e);
        } finally {
            book.dispose();
        }
    }
}
