package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.rapporteur.report.ReportFixtures.EXPRESSION;
import static org.rapporteur.report.ReportFixtures.SCRIPT;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.tika.Tika;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.SessionInfo;
import org.rapporteur.model.SessionReport;
import org.rapporteur.model.Turn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;

/** report.docx read back with POI, and opened by LibreOffice where it is installed. */
class WordReportTest {

    private static final SessionReport FULL = ReportFixtures.full();

    @TempDir
    Path tmp;

    @Test
    void theWarmUpBuildsItsDocumentWithoutAFailure() {
        assertThatCode(() -> new WordReport().warmUp()).doesNotThrowAnyException();
    }

    @Test
    void followsTheIgfFormWithWordsOwnHeadingStyles() throws IOException {
        try (XWPFDocument doc = read(FULL)) {
            List<String> headings = doc.getParagraphs().stream()
                    .filter(p -> p.getStyleID() != null && (p.getStyleID().startsWith("Heading")
                            || p.getStyleID().equals("Title")))
                    .map(p -> p.getStyleID() + ": " + p.getText()).toList();
            assertThat(headings).containsSubsequence(
                    "Title: Security meets Responsibility: connected everything’s resilience", "Heading1: People",
                    "Heading2: Speakers", "Heading1: Key Takeaways", "Heading1: Call to Action",
                    "Heading1: Session Report", "Heading1: Gender Reporting", "Heading1: Supporting material",
                    "Heading2: Positions by stakeholder group", "Heading3: Private Sector",
                    "Heading2: Agreements and disagreements", "Heading2: Audience questions",
                    "Heading2: Poll results", "Heading2: Participation", "Heading3: Timeline of turns",
                    "Heading2: Policy questions", "Heading2: Keyphrases and entities", "Heading2: Sources");
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .isEqualTo(java.math.BigInteger.ZERO);
            assertThat(doc.getProperties().getCoreProperties().getTitle()).startsWith("Security meets Responsibility");
            assertThat(text(doc)).contains("IGF 2022 WS #530").contains("Samih Souissi (Intergovernmental Organization)")
                    .doesNotContain("Intergovernmental Organization, Intergovernmental Organization");
        }
    }

    @Test
    void takeawaysAndCallsAreNumberedListsWithTheirEvidenceAsFootnotes() throws IOException {
        try (XWPFDocument doc = read(FULL)) {
            XWPFParagraph takeaway = paragraph(doc, "Manufacturers, not users");
            assertThat(takeaway.getNumID()).isNotNull();
            assertThat(doc.getNumbering().getNum(takeaway.getNumID())).isNotNull();
            assertThat(body(takeaway)).contains("— Rayna Stamboliyska").doesNotContain("transcript.txt");
            XWPFParagraph call = paragraph(doc, "align national IoT security labels");
            assertThat(body(call)).startsWith("To governments: Governments should align");
            // the article the call's text gives its addressee stays in the heading
            assertThat(body(paragraph(doc, "publish a common test suite")))
                    .startsWith("To the standards bodies: The standards bodies should publish");
            assertThat(call.getNumID()).isNotNull().isNotEqualTo(takeaway.getNumID());

            assertThat(footnoteIds(takeaway)).hasSize(1);
            String note = doc.getFootnoteByID(footnoteIds(takeaway).get(0).intValue()).getParagraphs().stream()
                    .map(XWPFParagraph::getText).collect(java.util.stream.Collectors.joining("\n"));
            assertThat(note).contains("Rayna Stamboliyska, transcript.txt:212, 00:14:05")
                    .contains("The Cyber Resilience Act finally puts the burden on manufacturers, not on users.");
            XWPFParagraph narrative = paragraph(doc, "Speakers debated the Cyber Resilience Act");
            assertThat(narrative.getStyleID()).isNull();
        }
    }

    @Test
    void aPointsFootnoteMarksTheQuotesItsTextDoesNotTell() throws IOException {
        try (XWPFDocument doc = read(FULL)) {
            XWPFParagraph point = paragraph(doc, "The CRA shifts the burden to manufacturers.");
            String note = doc.getFootnoteByID(footnoteIds(point).get(0).intValue()).getParagraphs().stream()
                    .map(XWPFParagraph::getText).collect(java.util.stream.Collectors.joining("\n"));
            assertThat(note).containsSubsequence("Rayna Stamboliyska, transcript.txt:212",
                    "Also said on this theme: Rayna Stamboliyska, transcript.txt:447");
            assertThat(note.lines().filter(l -> l.contains("Also said")).count()).isEqualTo(1);
        }
    }

    @Test
    void genderFieldsAreMarkedBlanksWithTheSuggestionBeside() throws IOException {
        try (XWPFDocument doc = read(FULL)) {
            for (String field : List.of("Estimated number of participants",
                    "Estimated number of women and gender-diverse people",
                    "To what extent did the session discuss gender issues?")) {
                XWPFParagraph p = paragraph(doc, field);
                XWPFRun blank = p.getRuns().stream().filter(r -> WordReport.BLANK.equals(r.text())).findFirst()
                        .orElseThrow();
                assertThat(blank.getCTR().getRPr().getHighlightArray(0).getVal()).isEqualTo(STHighlightColor.YELLOW);
            }
            assertThat(paragraph(doc, "women and gender-diverse people").getText())
                    .contains("suggested: at least 2 (1 woman, 1 gender-diverse: Maria Silva, Jo Lee")
                    .contains("not a count");
            assertThat(paragraph(doc, "discuss gender issues").getText()).contains("Gender issues came up");
            assertThat(paragraph(doc, "technology-facilitated gender-based violence").getText())
                    .contains("raised by Claire Mélanie Popineau");
        }
    }

    @Test
    void entitiesShowWhatTheyStandForThePartsCitedAndTheirOtherForms() throws IOException {
        try (XWPFDocument doc = read(FULL)) {
            XWPFTable entities = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Entity")).findFirst().orElseThrow();
            assertThat(entities.getRow(1).getCell(0).getText()).isEqualTo("CRA");
            assertThat(entities.getRow(1).getCell(3).getText()).isEqualTo("Cyber Resilience Act " + SCRIPT
                    + "; Article 13 " + EXPRESSION + "; also: EU Cyber Resilience Act");
        }
    }

    @Test
    void tablesHoldPeoplePollsAndParticipationAndChartsArePicturesWithAltText() throws IOException {
        try (XWPFDocument doc = read(FULL)) {
            List<String> headers = doc.getTables().stream().map(t -> t.getRow(0).getCell(0).getText()).toList();
            assertThat(headers).containsSubsequence("Role", "Name", "Option", "Option", "Speaker", "Group", "Entity",
                    "File");
            XWPFTable speakers = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Speaker")).findFirst().orElseThrow();
            assertThat(speakers.getRow(0).isRepeatHeader()).isTrue();
            assertThat(speakers.getRow(2).getCell(0).getText()).isEqualTo("Rayna Stamboliyska");
            assertThat(speakers.getRow(2).getCell(5).getText()).isEqualTo("20:10");

            // a chart per poll, speakers, groups and the timeline
            int charts = FULL.polls().size() + 3;
            List<XWPFPictureData> pictures = doc.getAllPictures();
            assertThat(pictures).hasSize(charts).allSatisfy(p -> assertThat(p.getPictureTypeEnum().getContentType())
                    .isEqualTo("image/png"));
            List<String> altTexts = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getCTR().getDrawingList().stream())
                    .map(d -> d.getInlineArray(0).getDocPr().getDescr()).toList();
            assertThat(altTexts).hasSize(charts).anyMatch(d -> d.startsWith("Who spoke when: 7 turns by 5 speakers"));
        }
    }

    @Test
    void hostileInputIsPlainTextInTheDocument() throws IOException {
        try (XWPFDocument doc = read(FULL)) {
            assertThat(text(doc)).contains("Testable baselines such as NIST guidance help " + SCRIPT)
                    .contains("Google ${7*7}");
        }
    }

    @Test
    void controlCharactersAreShownAndWhatXmlCannotHoldIsLeftOut() throws IOException {
        SessionReport r = ReportFixtures.minimal();
        SessionInfo s = r.session();
        SessionReport controlled = new SessionReport(r.schemaVersion(), new SessionInfo(s.id(), s.code(),
                "Bell\u0007 escape\u001b[31m nul\u0000 \uFFFE\uFFFF lone\uD800 pair\uD83D\uDE00 end", s.format(),
                s.durationMinutes(), s.policyQuestions(), s.sdgs(), s.otherCodes()), r.people(), r.keyTakeaways(),
                r.callsToAction(), r.positions(), r.agreements(), r.disagreements(), r.questions(), r.polls(),
                r.participation(), r.narrative(), r.keyphrases(), r.entities(), r.sources(), r.warnings(),
                r.policyQuestionCoverage(), r.genderReflection(), r.furtherCallsToAction(), r.nextSteps());
        try (XWPFDocument doc = read(controlled, List.of())) {
            assertThat(doc.getParagraphs().get(0).getText())
                    .isEqualTo("Bell\u2407 escape\u241b[31m nul\u2400  lone pair\uD83D\uDE00 end");
        }
    }

    @Test
    void anEmptyReportStillMakesAFormToFill() throws IOException {
        try (XWPFDocument doc = read(ReportFixtures.minimal(), List.of())) {
            assertThat(text(doc)).contains("Key Takeaways", "None found in the inputs.", WordReport.BLANK,
                    "No narrative could be drafted.");
            assertThat(doc.getAllPictures()).isEmpty();
        }
    }

    @Test
    void aHearingsMembersAskInTheChamberNotFromTheFloor() throws IOException {
        try (XWPFDocument doc = read(ReportFixtures.hearing(), List.of())) {
            assertThat(text(doc)).contains("Members' questions", "Is the grading consistent between schools?",
                    "Sian Gwenllian").doesNotContain("from the floor");
        }
        try (XWPFDocument doc = read(FULL)) {
            assertThat(text(doc)).contains("from the floor");
        }
    }

    @Test
    void libreOfficeOpensItAndPrintsTheForm() throws Exception {
        Optional<Path> office = Stream.of("/usr/bin/soffice", "/usr/bin/libreoffice").map(Path::of)
                .filter(Files::isExecutable).findFirst();
        assumeTrue(office.isPresent(), "LibreOffice is not installed");
        Path docx = Files.write(tmp.resolve("report.docx"),
                new WordReport().write(FULL, SessionCharts.of(FULL, ReportFixtures.turns())));
        Process convert = new ProcessBuilder(office.get().toString(),
                "-env:UserInstallation=" + tmp.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", tmp.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("soffice.log").toFile()).start();
        assertThat(convert.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path pdf = tmp.resolve("report.pdf");
        assertThat(pdf).as(Files.readString(tmp.resolve("soffice.log"))).isNotEmptyFile();
        try (InputStream in = Files.newInputStream(pdf)) {
            String text = new Tika().parseToString(in).replaceAll("\\s+", " ");
            assertThat(text).contains("Key Takeaways", "Call to Action", "Session Report",
                    "Manufacturers, not users, must carry the burden of IoT security.",
                    "The Cyber Resilience Act finally puts the burden on manufacturers", WordReport.BLANK);
        }
    }

    private static XWPFDocument read(SessionReport report) throws IOException {
        return read(report, ReportFixtures.turns());
    }

    private static XWPFDocument read(SessionReport report, List<Turn> turns) throws IOException {
        byte[] docx = new WordReport().write(report, SessionCharts.of(report, turns));
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String containing) {
        return doc.getParagraphs().stream().filter(p -> p.getText().contains(containing)).findFirst().orElseThrow();
    }

    /** The paragraph's own text, without the footnotes POI appends to getText(). */
    private static String body(XWPFParagraph p) {
        return p.getRuns().stream().map(XWPFRun::text).collect(java.util.stream.Collectors.joining());
    }

    private static List<java.math.BigInteger> footnoteIds(XWPFParagraph p) {
        return p.getRuns().stream().flatMap(r -> r.getCTR().getFootnoteReferenceList().stream())
                .map(ref -> ref.getId()).toList();
    }

    private static String text(XWPFDocument doc) {
        StringBuilder all = new StringBuilder();
        doc.getParagraphs().forEach(p -> all.append(p.getText()).append('\n'));
        doc.getTables().forEach(t -> all.append(t.getText()).append('\n'));
        return all.toString();
    }
}
