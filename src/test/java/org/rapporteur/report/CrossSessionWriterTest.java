package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.SessionReport;

class CrossSessionWriterTest {

    private static final CrossSessionWriter WRITER = new CrossSessionWriter(
            new MessagesWriter(new ReportJson(), new TemplateRenderer(Path.of("templates"))));
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    @TempDir
    Path out;

    private final SessionReport hostile = HandMadeReports.session("ws9", "IGF 2024 WS #9", "Hostile " + ReportFixtures.SCRIPT + " " + ReportFixtures.EXPRESSION)
            .keyphrases("device security", ReportFixtures.EXPRESSION)
            .takeaway("Eve", FORMULA)
            .takeaway("Eve", "@SUM(A1:A9) is not a point " + ReportFixtures.SCRIPT)
            .takeaway("Eve", "-2+3 devices " + ReportFixtures.LINK)
            .call("+Mallory", "\tgovernments", "+Governments should label devices " + ReportFixtures.DIRECTIVE)
            .disagreement("Eve", "Mallory", "I disagree " + ReportFixtures.SCRIPT)
            .person("Eve", "speaker", "Civil Society", "WEOG")
            .build();

    @Test
    void writesMessagesAndFindingsForEveryCompletedSession() throws IOException {
        WRITER.write(out, List.of(ReportFixtures.full(), ReportFixtures.minimal(), hostile));

        try (var listing = Files.list(out)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "messages.json", "messages.html", "messages.md", "findings.csv", "findings.xlsx");
        }
        assertThat(SchemaValidation.messagesErrors(Files.readString(out.resolve("messages.json")))).isEmpty();
        String html = Files.readString(out.resolve("messages.html"));
        assertThat(html).contains("<a href=\"ws530/report.html\">WS #530</a>")
                .contains("Manufacturers, not users, must carry the burden of IoT security.");
    }

    @Test
    void hostileTextStaysTextInMessages() throws IOException {
        WRITER.write(out, List.of(hostile));

        String html = Files.readString(out.resolve("messages.html"));
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains(ReportFixtures.EXPRESSION).contains("&lt;#assign x=1&gt;");
        String md = Files.readString(out.resolve("messages.md"));
        assertThat(md).doesNotContain("<script").doesNotContainPattern("[^\\\\]\\]\\(javascript");
        assertThat(SchemaValidation.messagesErrors(Files.readString(out.resolve("messages.json")))).isEmpty();
    }

    @Test
    void findingsCsvHasOneRowPerFindingWithFormulasNeutralised() throws IOException {
        WRITER.write(out, List.of(ReportFixtures.full(), hostile));

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(out.resolve("findings.csv")))).getRecords();
        List<FindingRow> expected = FindingRow.of(List.of(ReportFixtures.full(), hostile));
        assertThat(rows).hasSize(expected.size()).hasSize(3 + 2 + 1 + 4 + 1 + 1 + 2 + 1 + (3 + 1 + 1));
        CSVRecord first = rows.get(0);
        assertThat(first.get("session")).isEqualTo("ws530");
        assertThat(first.get("kind")).isEqualTo("takeaway");
        assertThat(first.get("speaker")).isEqualTo("Rayna Stamboliyska");
        assertThat(first.get("stakeholder group")).isEqualTo("Private Sector");
        assertThat(first.get("file")).isEqualTo("transcript.txt");
        assertThat(first.get("line")).isEqualTo("212");
        assertThat(first.get("quote")).startsWith("The Cyber Resilience Act finally");
        assertThat(rows).filteredOn(r -> r.get("kind").equals("call-to-action"))
                .extracting(r -> r.get("addressee")).contains("governments", "'\tgovernments");
        List<String> hostileTexts = rows.stream().filter(r -> r.get("session").equals("ws9"))
                .map(r -> r.get("text")).toList();
        assertThat(hostileTexts).contains("'" + FORMULA, "'@SUM(A1:A9) is not a point " + ReportFixtures.SCRIPT,
                "'-2+3 devices " + ReportFixtures.LINK);
        assertThat(rows).allSatisfy(r -> r.toList().forEach(cell -> assertThat(cell).doesNotStartWith("=")
                .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t")));
    }

    @Test
    void findingsWorkbookHoldsTheSameRowsAsTextNeverFormulas() throws IOException {
        WRITER.write(out, List.of(ReportFixtures.full(), hostile));

        try (InputStream in = Files.newInputStream(out.resolve("findings.xlsx"));
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("Findings");
            List<FindingRow> expected = FindingRow.of(List.of(ReportFixtures.full(), hostile));
            assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("session");
            assertThat(sheet.getRow(1).getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(212);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                sheet.getRow(r).forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA));
            }
            int formulaRow = 1 + (int) expected.stream().takeWhile(f -> !f.text().equals(FORMULA)).count();
            assertThat(sheet.getRow(formulaRow).getCell(2).getStringCellValue()).isEqualTo("'" + FORMULA);
        }
    }

    @Test
    void findingsWorkbookReadsAsAPlainZipStreamPartByPart() throws IOException {
        WRITER.write(out, List.of(ReportFixtures.full(), hostile));

        int parts = 0;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
                Files.newInputStream(out.resolve("findings.xlsx")))) {
            for (var part = zip.getNextEntry(); part != null; part = zip.getNextEntry()) {
                assertThat(zip.readAllBytes()).as(part.getName()).isNotNull();
                parts++;
            }
        }
        assertThat(parts).isGreaterThan(3);
    }

    @Test
    void inertLeavesOrdinaryTextAlone() {
        assertThat(FindingsExport.inert("Governments should act.")).isEqualTo("Governments should act.");
        assertThat(FindingsExport.inert("=1+1")).isEqualTo("'=1+1");
        assertThat(FindingsExport.inert("\tx")).isEqualTo("'\tx");
        assertThat(FindingsExport.inert("\rx")).isEqualTo("\u240dx");
        assertThat(FindingsExport.inert("")).isEmpty();
        assertThat(FindingsExport.inert(null)).isNull();
    }
}
