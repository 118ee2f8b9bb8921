package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.SessionInfo;
import org.rapporteur.model.SessionReport;

class ReportWriterTest {

    private static final ReportJson JSON = new ReportJson();
    private static final ReportWriter WRITER = new ReportWriter(JSON, new TemplateRenderer(Path.of("templates")));

    @TempDir
    Path out;

    @Test
    void writesTheFiveOutputsIntoTheSessionFolder() throws IOException {
        Path dir = WRITER.write(out.resolve("nested/out"), ReportFixtures.full(), List.of()).folder();
        assertThat(dir).isEqualTo(out.resolve("nested/out/ws530"));
        assertThat(names(dir)).containsExactlyInAnyOrder("report.json", "report.html", "report.md", "report.txt",
                "report.docx");
        String json = Files.readString(dir.resolve("report.json"), StandardCharsets.UTF_8);
        assertThat(SchemaValidation.errors(json)).isEmpty();
        assertThat(JSON.read(dir.resolve("report.json"))).isEqualTo(ReportFixtures.full());
        assertThat(Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8)).contains("Sébastien Bachollet");
    }

    @Test
    void rewritingReplacesAndLeavesNoTemporaryFiles() throws IOException {
        WRITER.write(out, ReportFixtures.full(), List.of());
        SessionReport retitled = withTitle(ReportFixtures.full(), "Second run");
        Path dir = WRITER.write(out, retitled, List.of()).folder();
        assertThat(names(dir)).containsExactlyInAnyOrder("report.json", "report.html", "report.md", "report.txt",
                "report.docx");
        assertThat(Files.readString(dir.resolve("report.txt"))).contains("Session title: Second run");
        assertThat(JSON.read(dir.resolve("report.json")).session().title()).isEqualTo("Second run");
    }

    @Test
    void aDraftTheRapporteurEditedIsMovedAsideNotOverwritten() throws IOException {
        Path dir = WRITER.write(out, ReportFixtures.full(), List.of()).folder();
        Files.writeString(dir.resolve("report.md"), "# My edited draft\n");

        ReportWriter.Written second = WRITER.write(out, withTitle(ReportFixtures.full(), "Second run"), List.of());

        assertThat(second.keptEdits()).hasSize(1);
        Path kept = second.keptEdits().get(0);
        assertThat(kept.getFileName().toString()).startsWith("report.md.edited-");
        assertThat(Files.readString(kept)).isEqualTo("# My edited draft\n");
        assertThat(Files.readString(dir.resolve("report.md"))).contains("Second run");
        assertThat(WRITER.write(out, withTitle(ReportFixtures.full(), "Third run"), List.of()).keptEdits()).isEmpty();
    }

    @Test
    void anEditedWordDraftIsMovedAsideToo() throws IOException {
        Path dir = WRITER.write(out, ReportFixtures.full(), List.of()).folder();
        byte[] edited = Files.readAllBytes(dir.resolve("report.docx"));
        edited[edited.length - 1] ^= 1; // any change to the bytes, as saving in Word makes
        Files.write(dir.resolve("report.docx"), edited);

        ReportWriter.Written second = WRITER.write(out, ReportFixtures.full(), List.of());

        assertThat(second.keptEdits()).singleElement()
                .satisfies(kept -> assertThat(kept.getFileName().toString()).startsWith("report.docx.edited-"))
                .satisfies(kept -> assertThat(Files.readAllBytes(kept)).isEqualTo(edited));
        assertThat(dir.resolve("report.docx")).isNotEmptyFile();
        assertThat(WRITER.write(out, ReportFixtures.full(), List.of()).keptEdits()).isEmpty();
    }

    @Test
    void templatesRenderedOnHelperThreadsGiveTheSameFiles() throws IOException {
        Path alone = WRITER.write(out.resolve("alone"), ReportFixtures.full(), List.of()).folder();
        ExecutorService helpers = Executors.newFixedThreadPool(2);
        try {
            Path helped = WRITER.write(out.resolve("helped"), ReportFixtures.full(), List.of(), helpers).folder();
            for (String name : List.of("report.json", "report.html", "report.md", "report.txt")) {
                assertThat(Files.readAllBytes(helped.resolve(name))).as(name)
                        .isEqualTo(Files.readAllBytes(alone.resolve(name)));
            }
            Path templates = Files.createDirectories(out.resolve("broken-templates"));
            Files.writeString(templates.resolve("report.md.ftl"), "${session.noSuchField}");
            ReportWriter broken = new ReportWriter(JSON, new TemplateRenderer(templates));
            assertThatThrownBy(() -> broken.write(out.resolve("helped"), withTitle(ReportFixtures.full(), "Changed"),
                    List.of(), helpers)).hasMessageContaining("report.md.ftl");
            assertThat(Files.readAllBytes(helped.resolve("report.json")))
                    .isEqualTo(Files.readAllBytes(alone.resolve("report.json")));
        } finally {
            helpers.shutdownNow();
        }
    }

    @Test
    void aTemplateErrorLeavesThePreviousOutputsUntouched() throws IOException {
        Path dir = WRITER.write(out, ReportFixtures.full(), List.of()).folder();
        String before = Files.readString(dir.resolve("report.json"));
        Path templates = Files.createDirectories(out.resolve("broken-templates"));
        Files.writeString(templates.resolve("report.md.ftl"), "${session.noSuchField}");
        ReportWriter broken = new ReportWriter(JSON, new TemplateRenderer(templates));
        assertThatThrownBy(() -> broken.write(out, withTitle(ReportFixtures.full(), "Changed"), List.of()))
                .hasMessageContaining("report.md.ftl");
        assertThat(Files.readString(dir.resolve("report.json"))).isEqualTo(before);
        assertThat(names(dir)).hasSize(5);
    }

    @Test
    void refusesASessionIdThatIsNotAFolderName() {
        SessionReport report = ReportFixtures.minimal();
        SessionReport escaping = new SessionReport(report.schemaVersion(), SessionInfo.untitled("../evil"),
                report.people(), report.keyTakeaways(), report.callsToAction(), report.positions(),
                report.agreements(), report.disagreements(), report.questions(), report.polls(),
                report.participation(), report.narrative(), report.keyphrases(), report.entities(), report.sources(),
                report.warnings(), report.policyQuestionCoverage(), report.genderReflection(),
                report.furtherCallsToAction(), report.nextSteps());
        assertThatThrownBy(() -> WRITER.write(out, escaping, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(out).isEmptyDirectory();
    }

    private static SessionReport withTitle(SessionReport r, String title) {
        SessionInfo s = r.session();
        SessionInfo info = new SessionInfo(s.id(), s.code(), title, s.format(), s.durationMinutes(),
                s.policyQuestions(), s.sdgs(), s.otherCodes(), s.kind(), s.actualMinutes());
        return new SessionReport(r.schemaVersion(), info, r.people(), r.keyTakeaways(), r.callsToAction(),
                r.positions(), r.agreements(), r.disagreements(), r.questions(), r.polls(), r.participation(),
                r.narrative(), r.keyphrases(), r.entities(), r.sources(), r.warnings(), r.policyQuestionCoverage(),
                r.genderReflection(), r.furtherCallsToAction(), r.nextSteps());
    }

    /** The folder's files but the checksums of what was written. */
    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(EditedDrafts.MANIFEST)).toList();
        }
    }
}
