package org.rapporteur.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes small xlsx fixtures into a test's temporary folder, so no binary fixture is needed per case. */
final class Workbooks {

    private Workbooks() {
    }

    /** One workbook; each sheet's rows are lists of cells (String or Number; null leaves the cell out). */
    static InputFile xlsx(Path dir, String name, Map<String, List<List<Object>>> sheets) {
        Path path = dir.resolve(name);
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            sheets.forEach((sheetName, rows) -> {
                Sheet sheet = workbook.createSheet(sheetName);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        Object value = rows.get(r).get(c);
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (value instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
            });
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Exports.file(path);
    }

    /** One row of cells for {@link #xlsx}; a list that may hold null, which leaves that cell out. */
    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
