package org.rapporteur.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapporteur.ingest.Exports.detect;
import static org.rapporteur.ingest.Exports.fixture;
import static org.rapporteur.ingest.Exports.read;
import static org.rapporteur.ingest.Workbooks.row;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Participation;
import org.rapporteur.model.Poll;
import org.rapporteur.model.PollOption;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;

class PollReadersTest {

    private final ZoomPollReader zoom = new ZoomPollReader();
    private final SlidoPollReader slido = new SlidoPollReader();

    @Test
    void zoomReportBeforeSept2021HoldsQuestionAnswerPairs() throws Exception {
        SessionParts parts = read(zoom, fixture("poll/zoom-poll-2020.csv"), "zoom-poll-2020");
        String f = "zoom-poll-2020.csv";

        assertThat(parts.polls).containsExactly(
                new Poll(null, "Which risk worries you most?", "multiple-choice", 4, List.of(
                        new PollOption("No security updates", 2, 50.0),
                        new PollOption("Default passwords", 2, 50.0)), f),
                new Poll(null, "Who should act first?", "multiple-choice", 4, List.of(
                        new PollOption("Manufacturers", 2, 50.0),
                        new PollOption("Regulators", 2, 50.0),
                        new PollOption("Users", 1, 25.0)), f));
        assertThat(parts.warnings).containsExactly(
                "zoom-poll-2020.csv:6: Ana Ruiz submitted again; only the last submission counts");
        assertThat(parts.sources).containsExactly(new SourceFile(f, SourceKind.POLL, "zoom-poll-2020", 2));
    }

    @Test
    void zoomPollReportHasOneSubTablePerPoll() throws Exception {
        SessionParts parts = read(zoom, fixture("poll/zoom-poll-2021.csv"), "zoom-poll-2021");
        String f = "zoom-poll-2021.csv";

        assertThat(parts.polls).containsExactly(
                new Poll("Poll 1: Priorities", "Which risk worries you most?", "multiple-choice", 3, List.of(
                        new PollOption("Default passwords", 2, 66.7),
                        new PollOption("No security updates", 1, 33.3)), f),
                new Poll("Poll 1: Priorities", "Who should act first?", "multiple-choice", 3, List.of(
                        new PollOption("Manufacturers", 2, 66.7),
                        new PollOption("Regulators", 1, 33.3),
                        new PollOption("Users", 1, 33.3)), f),
                new Poll("Labels", "Would you pay more for a security label?", "multiple-choice", 2, List.of(
                        new PollOption("Yes", 2, 100.0)), f));
        assertThat(parts.warnings).containsExactly(
                "zoom-poll-2021.csv:16: Peter Mwangi submitted again; only the last submission counts");
        // the report's meeting line: 90 minutes, 57 participants, counted without a list of them
        assertThat(parts.attendance).isEqualTo(new Participation.Attendance(57, f, List.of(), 90, true));
        assertThat(parts.attendance.basis()).isEqualTo("meeting line of zoom-poll-2021.csv");
    }

    @Test
    void slidoCsvTotalsKeepTheFilePercentagesOrComputeThem() throws Exception {
        SessionParts parts = read(slido, fixture("poll/slido-polls.csv"), "slido-polls");
        String f = "slido-polls.csv";

        assertThat(parts.polls).containsExactly(
                new Poll("Poll 1", "Who should be liable for insecure devices?", "multiple-choice", 20, List.of(
                        new PollOption("Manufacturers", 12, 60.0),
                        new PollOption("Retailers", 3, 15.0),
                        new PollOption("Users", 5, 25.0)), f),
                new Poll("Poll 2", "One word for IoT security today", "word-cloud", null, List.of(
                        new PollOption("patchwork", 4, 66.7),
                        new PollOption("fragile, but improving", 2, 33.3)), f));
        assertThat(parts.warnings).containsExactly(
                "slido-polls.csv:7: poll votes \"n/a\" are not a number; skipped",
                "slido-polls.csv:5: poll \"Poll 2\" is a word-cloud: its 6 entries are words or answers, not "
                        + "respondents, so the number of respondents is unknown");
        assertThat(parts.sources).containsExactly(new SourceFile(f, SourceKind.POLL, "slido-polls", 2));
    }

    @Test
    void slidoWorkbookWithTotalsAndResponsesSheets() throws Exception {
        SessionParts parts = read(slido, fixture("poll/slido-polls.xlsx"), "slido-polls");
        String f = "slido-polls.xlsx";

        assertThat(parts.polls).containsExactly(
                new Poll("Poll 1", "Who should be liable for insecure devices?", "multiple-choice", 30, List.of(
                        new PollOption("Manufacturers", 18, 60.0),
                        new PollOption("Retailers", 3, 10.0),
                        new PollOption("Users", 9, 30.0)), f),
                new Poll(null, "One word for IoT security today", null, 3, List.of(
                        new PollOption("patchwork", 2, 66.7),
                        new PollOption("fragile", 1, 33.3)), f));
        assertThat(parts.warnings).isEmpty();
    }

    @Test
    void slidoResponsesTallyEachParticipantOnceWithFractionPercentagesInATempWorkbook(@TempDir Path dir)
            throws Exception {
        InputFile file = Workbooks.xlsx(dir, "slido.xlsx", Map.of("Export", List.of(
                row("Question", "Response", "User"),
                row("Which label do you trust?", "CE", "ana@example.org"),
                row("Which label do you trust?", "None", "li@example.org"),
                row("Which label do you trust?", "Cyber Trust Mark", "ana@example.org"))));

        SessionParts parts = read(slido, file, "slido-polls");

        assertThat(parts.polls).containsExactly(new Poll(null, "Which label do you trust?", null, 2, List.of(
                new PollOption("CE", 1, 50.0), new PollOption("Cyber Trust Mark", 1, 50.0),
                new PollOption("None", 1, 50.0)), "slido.xlsx"));
    }

    @Test
    void slidoTotalsWhosePercentagesExceedAHundredCountRespondentsNotVotes(@TempDir Path dir) throws Exception {
        InputFile file = Workbooks.xlsx(dir, "slido.xlsx", Map.of("Export", List.of(
                row("Poll question", "Type", "Choice", "Count", "Share"),
                row("Which labels do you know?", "Multiple choice", "CE", 30, "60%"),
                row("Which labels do you know?", "Multiple choice", "Cyber Trust Mark", 20, "40%"),
                row("Which labels do you know?", "Multiple choice", "None", 10, "20%"),
                row("Rate the CRA", "Rating", "1", 2, ""),
                row("Rate the CRA", "Rating", "4", 6, ""))));

        SessionParts parts = read(slido, file, "slido-polls");

        assertThat(parts.polls.get(0).responses()).isEqualTo(50);
        assertThat(PollTally.withMean(parts.polls.get(1)).mean()).isEqualTo(3.25);
        assertThat(PollTally.withMean(parts.polls.get(0)).mean()).isNull();
    }

    @Test
    void slidoTotalsGivenAsFractionsAreScaledToPercent(@TempDir Path dir) throws Exception {
        InputFile file = Workbooks.xlsx(dir, "slido.xlsx", Map.of("Export", List.of(
                row("Poll question", "Choice", "Count", "Share"),
                row("Ready for the CRA?", "Yes", 3, 0.75),
                row("Ready for the CRA?", "No", 1, 0.25))));

        SessionParts parts = read(slido, file, "slido-polls");

        assertThat(parts.polls.get(0).options()).containsExactly(
                new PollOption("Yes", 3, 75.0), new PollOption("No", 1, 25.0));
    }

    @Test
    void userMappingFileRenamesTheColumns(@TempDir Path dir) throws Exception {
        SessionParts parts = read(slido, fixture("poll/mapped/umfrage.csv"), "slido-polls");

        assertThat(parts.polls).containsExactly(new Poll("Poll 1", "Wer haftet?", null, 3, List.of(
                new PollOption("Hersteller", 2, 66.7), new PollOption("Händler", 1, 33.3),
                new PollOption("Nutzer", 1, 33.3)), "umfrage.csv"));

        InputFile withoutMapping = Exports.write(dir, "umfrage.csv",
                Files.readAllBytes(fixture("poll/mapped/umfrage.csv").path()));
        assertThat(detect(slido, withoutMapping)).isEmpty();
    }

    @Test
    void mappingFileIsListedAsASource() throws Exception {
        ColumnMappingReader reader = new ColumnMappingReader();
        InputFile mapping = fixture("poll/mapped/poll-columns.properties");

        SessionParts parts = read(reader, mapping, "column-mapping");

        assertThat(parts.sources).containsExactly(
                new SourceFile("poll-columns.properties", SourceKind.POLL, "column-mapping", 4));
        assertThat(detect(reader, fixture("poll/slido-polls.csv"))).isEmpty();
    }

    @Test
    void exportsOfAnotherKindThanTheirNameAreNotTakenForPolls(@TempDir Path dir) throws Exception {
        byte[] zoomPoll = Files.readAllBytes(fixture("poll/zoom-poll-2021.csv").path());
        InputFile chatNamedPoll = Exports.write(dir, "chat.csv", zoomPoll);

        assertThat(detect(new ZoomChatReader(), chatNamedPoll)).isEmpty();
        assertThat(detect(zoom, chatNamedPoll)).contains("zoom-poll-2021");
        assertThat(detect(slido, chatNamedPoll)).isEmpty();
        assertThat(detect(zoom, fixture("poll/slido-polls.csv"))).isEmpty();
        assertThat(detect(zoom, fixture("chat/zoom-2021.txt"))).isEmpty();
        assertThat(detect(slido, fixture("chat/zoom-mid2021.txt"))).isEmpty();
        assertThat(detect(slido, Exports.write(dir, "polls.csv", new byte[0]))).isEmpty();
        assertThat(detect(zoom, Exports.write(dir, "polls.csv", new byte[0]))).isEmpty();
    }

    @Test
    void workbookWithAnEmptyStylesPartIsStillRead(@TempDir Path dir) throws Exception {
        Path plain = Workbooks.xlsx(dir, "plain.xlsx", Map.of("Polls", List.of(
                row("Poll", "Question", "Type", "Option", "Votes", "Percentage"),
                row("Poll 1", "Ready?", "multiple-choice", "Yes", 3, 75.0),
                row("Poll 1", "Ready?", "multiple-choice", "No", 1, 25.0)))).path();
        Path stripped = dir.resolve("polls.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(stripped))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (!entry.getName().equals("xl/styles.xml")) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }

        SessionParts parts = read(slido, Exports.file(stripped), "slido-polls");

        assertThat(parts.polls).containsExactly(new Poll("Poll 1", "Ready?", "multiple-choice", 4, List.of(
                new PollOption("Yes", 3, 75.0), new PollOption("No", 1, 25.0)), "polls.xlsx"));
    }

    @Test
    void damagedWorkbookIsAnInputErrorNamingFileAndReason(@TempDir Path dir) throws Exception {
        byte[] real = Files.readAllBytes(fixture("poll/slido-polls.xlsx").path());
        InputFile damaged = Exports.write(dir, "polls.xlsx", Arrays.copyOf(real, real.length / 2));

        assertUnreadable(damaged, "not a readable workbook");
    }

    @Test
    void passwordProtectedWorkbookIsAnInputErrorNamingFileAndReason(@TempDir Path dir) throws Exception {
        Path plain = Workbooks.xlsx(dir, "plain.xlsx", Map.of("Export", List.of(
                row("Question", "Option", "Votes"), row("Q", "A", 1)))).path();
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
             OutputStream out = encryptor.getDataStream(fs)) {
            opc.save(out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("polls.xlsx"))) {
            fs.writeFilesystem(out);
        }

        assertUnreadable(Exports.file(dir.resolve("polls.xlsx")), "the workbook is password-protected");
    }

    private void assertUnreadable(InputFile file, String reason) {
        assertThat(detect(slido, file)).isEmpty();
        UnreadableSpreadsheetReader unreadable = new UnreadableSpreadsheetReader();
        assertThat(detect(unreadable, file)).contains("unreadable-spreadsheet");
        assertThatThrownBy(() -> unreadable.read(file, "unreadable-spreadsheet", new SessionParts()))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.file()).isEqualTo("polls.xlsx");
                    assertThat(e.reason()).startsWith(reason);
                });
    }
}
