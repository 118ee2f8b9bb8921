package org.rapporteur.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table export (CSV or spreadsheet) as rows of trimmed cells: the shared plumbing of the poll, Q&amp;A and
 * attendance readers. CSV is parsed by Commons CSV over the text {@link TextDecoder} decoded (so BOM, encoding
 * and line endings are handled once, there), with the delimiter sniffed from the first lines (comma, semicolon
 * or TAB); a row's {@code line} is the 1-based line of the file where its record starts. Spreadsheets are read
 * with POI's {@link DataFormatter} (cells as Excel shows them, cached results for formulas), every sheet; a row's
 * {@code line} is its 1-based row number.
 */
record TableFile(String file, List<Sheet> sheets, List<String> warnings) {

    private static final Set<String> SPREADSHEET_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-excel.sheet.macroenabled.12",
            "application/vnd.ms-excel");
    /** Containers Tika cannot look into (damaged, encrypted): spreadsheets when the name says so. */
    private static final Set<String> CONTAINER_TYPES = Set.of(
            "application/zip", "application/x-tika-ooxml", "application/x-tika-ooxml-protected",
            "application/x-tika-msoffice", "application/x-ole-storage");

    private static final String EMPTY_STYLES =
            "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>";

    /** How many lines or rows detection looks at: enough for the report blocks above a Zoom table. */
    static final int SNIFF_ROWS = 40;

    TableFile {
        sheets = List.copyOf(sheets);
        warnings = List.copyOf(warnings);
    }

    /** A row: where it starts in the file and its cells, trimmed, "" where empty. */
    record Row(int line, List<String> cells) {

        Row {
            cells = List.copyOf(cells);
        }

        String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isEmpty);
        }

        /** The non-empty cells, for recognising title and section lines. */
        List<String> filled() {
            return cells.stream().filter(c -> !c.isEmpty()).toList();
        }
    }

    /** One sheet of a workbook, or the whole of a CSV file (named after the file). */
    record Sheet(String name, List<Row> rows) {

        Sheet {
            rows = List.copyOf(rows);
        }
    }

    static boolean isSpreadsheet(InputFile file) {
        String name = file.name().toLowerCase(Locale.ROOT);
        return SPREADSHEET_TYPES.contains(file.mediaType())
                || CONTAINER_TYPES.contains(file.mediaType()) && name.matches(".*\\.xls[xm]?$");
    }

    /** A text file (read as CSV) or a spreadsheet. */
    static boolean isTable(InputFile file) {
        return file.isText() || isSpreadsheet(file);
    }

    /** All rows of the file. */
    static TableFile read(InputFile file) throws IOException, InputException {
        return read(file, Integer.MAX_VALUE);
    }

    /** The first rows of the file, for detection; empty when the file is neither text nor a readable workbook. */
    static TableFile sniff(InputFile file) throws IOException {
        if (!isTable(file)) {
            return new TableFile(file.name(), List.of(), List.of());
        }
        try {
            return read(file, SNIFF_ROWS);
        } catch (InputException e) {
            return new TableFile(file.name(), List.of(), List.of(e.getMessage()));
        }
    }

    /**
     * A count as exports write it ("1,234", "12", a spreadsheet's "12.0"), or null when the cell holds no whole
     * number.
     */
    static Integer count(String cell) {
        String digits = cell.replaceAll("[\\s,]", "").replaceFirst("\\.0+$", "");
        return digits.matches("\\d{1,9}") ? Integer.valueOf(digits) : null;
    }

    /** Every row of every sheet, in order. */
    List<Row> rows() {
        return sheets.stream().flatMap(s -> s.rows().stream()).toList();
    }

    private static TableFile read(InputFile file, int maxRows) throws IOException, InputException {
        if (isSpreadsheet(file)) {
            return workbook(file, maxRows);
        }
        if (!file.isText()) {
            throw new InputException(file.name(), "not a table (" + file.mediaType() + ")");
        }
        return csv(file, maxRows);
    }

    private static TableFile csv(InputFile file, int maxLines) throws IOException {
        SourceText text = file.text();
        List<String> lines = text.lines().subList(0, Math.min(maxLines, text.lines().size()));
        int[] starts = new int[lines.size()];
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            starts[i] = joined.length();
            joined.append(lines.get(i)).append('\n');
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter(lines))
                .setIgnoreEmptyLines(true)
                .setTrailingData(true)
                .setLenientEof(true)
                .get();
        List<Row> rows = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (text.warning() != null) {
            warnings.add(text.warning());
        }
        try (CSVParser parser = CSVParser.parse(joined.toString(), format)) {
            for (CSVRecord record : parser) {
                int line = lineOf(starts, lines, record.getCharacterPosition());
                if (record.size() > Limits.ROW_CELLS && widest(warnings)) {
                    warnings.add(InputWarning.at(file.name(), line, record.size() + " cells in a row; only the first "
                            + Limits.ROW_CELLS + " of each row are read"));
                }
                rows.add(new Row(line, record.stream().limit(Limits.ROW_CELLS)
                        .map(c -> c == null ? "" : c.strip()).toList()));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            int line = rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line() + 1;
            warnings.add(InputWarning.at(file.name(), line, "malformed CSV from here on; the rest is skipped ("
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()) + ")"));
        }
        return new TableFile(file.name(), List.of(new Sheet(file.name(), rows)), warnings);
    }

    private static TableFile workbook(InputFile file, int maxRows) throws IOException, InputException {
        DataFormatter formatter = new DataFormatter(Locale.US);
        formatter.setUseCachedValuesForFormulaCells(true);
        List<Sheet> sheets = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (Workbook workbook = open(file.bytes())) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                List<Row> rows = new ArrayList<>();
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    if (row.getRowNum() >= maxRows) {
                        break;
                    }
                    if (row.getRowNum() >= Limits.TABLE_ROWS) {
                        warnings.add(file.name() + ": sheet " + sheet.getSheetName() + " has more than "
                                + Limits.TABLE_ROWS + " rows; the rest is left out");
                        break;
                    }
                    if (row.getLastCellNum() > Limits.ROW_CELLS && widest(warnings)) {
                        warnings.add(InputWarning.at(file.name(), row.getRowNum() + 1, row.getLastCellNum()
                                + " cells in a row; only the first " + Limits.ROW_CELLS + " of each row are read"));
                    }
                    String[] cells = new String[Math.min(Limits.ROW_CELLS, Math.max(0, row.getLastCellNum()))];
                    Arrays.fill(cells, "");
                    for (Cell cell : row) {
                        if (cell.getColumnIndex() < cells.length) {
                            cells[cell.getColumnIndex()] = formatter.formatCellValue(cell).strip();
                        }
                    }
                    rows.add(new Row(row.getRowNum() + 1, Arrays.asList(cells)));
                }
                sheets.add(new Sheet(sheet.getSheetName(), rows));
            }
        } catch (EncryptedDocumentException e) {
            throw new InputException(file.name(), "the workbook is password-protected", e);
        } catch (IOException | RuntimeException e) {
            throw new InputException(file.name(), "not a readable workbook: " + e.getMessage(), e);
        }
        return new TableFile(file.name(), sheets, warnings);
    }

    /**
     * Opens a workbook; one whose styles part is empty (as some export scripts write it) is opened with an empty
     * style sheet instead, since styles only change how numbers are shown.
     */
    private static Workbook open(byte[] bytes) throws IOException {
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (POIXMLException e) {
            OPCPackage pkg;
            try {
                pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            } catch (InvalidFormatException notOoxml) {
                throw e;
            }
            boolean repaired = false;
            for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType())) {
                try (InputStream in = part.getInputStream()) {
                    if (in.read() < 0) {
                        try (OutputStream out = part.getOutputStream()) {
                            out.write(EMPTY_STYLES.getBytes(StandardCharsets.UTF_8));
                        }
                        repaired = true;
                    }
                }
            }
            if (!repaired) {
                pkg.revert();
                throw e;
            }
            return new XSSFWorkbook(pkg);
        }
    }

    /** Whether no row has been warned about for its width yet: one such warning per file is enough. */
    private static boolean widest(List<String> warnings) {
        return warnings.stream().noneMatch(w -> w.endsWith(" of each row are read"));
    }

    /** The most frequent of comma, semicolon and TAB outside quotes in the first lines; comma on a tie. */
    private static char delimiter(List<String> lines) {
        char[] candidates = {',', ';', '\t'};
        int[] counts = new int[candidates.length];
        lines.stream().filter(l -> !l.isBlank()).limit(5).forEach(line -> {
            boolean quoted = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                }
                for (int k = 0; k < candidates.length && !quoted; k++) {
                    if (c == candidates[k]) {
                        counts[k]++;
                    }
                }
            }
        });
        int best = 0;
        for (int k = 1; k < candidates.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return candidates[best];
    }

    /** The 1-based line of a record: Commons CSV places a record after empty lines at the first of them. */
    private static int lineOf(int[] starts, List<String> lines, long position) {
        int found = Arrays.binarySearch(starts, (int) position);
        int index = found >= 0 ? found : -found - 2;
        while (index + 1 < lines.size() && lines.get(index).isEmpty()) {
            index++;
        }
        return index + 1;
    }
}
