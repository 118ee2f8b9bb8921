package org.rapporteur.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.ingest.Exports.detect;
import static org.rapporteur.ingest.Exports.fixture;
import static org.rapporteur.ingest.Exports.read;
import static org.rapporteur.ingest.Workbooks.row;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Poll;
import org.rapporteur.model.PollOption;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;

class FormsAndMentimeterTest {

    private final FormsPollReader forms = new FormsPollReader();
    private final MentimeterReader menti = new MentimeterReader();

    @Test
    void microsoftFormsSplitsMultiSelectAndKeepsTheLastResponse() throws Exception {
        SessionParts parts = read(forms, fixture("poll/microsoft-forms.csv"), "microsoft-forms");
        String f = "microsoft-forms.csv";

        assertThat(parts.polls).containsExactly(
                new Poll(null, "Which topics should the IGF prioritise?", null, 3, List.of(
                        new PollOption("Cybersecurity", 3, 100.0),
                        new PollOption("Connectivity", 1, 33.3),
                        new PollOption("AI governance", 1, 33.3)), f),
                new Poll(null, "How satisfied are you with the session?", null, 3, List.of(
                        new PollOption("Very satisfied", 2, 66.7),
                        new PollOption("Satisfied", 1, 33.3)), f));
        assertThat(parts.warnings).containsExactly(
                "microsoft-forms.csv:5: ana@example.org responded again; only the last response counts");
        assertThat(parts.sources).containsExactly(new SourceFile(f, SourceKind.POLL, "microsoft-forms", 2));
    }

    @Test
    void microsoftFormsWorkbookIsReadFromItsFirstSheet(@TempDir Path dir) throws Exception {
        InputFile file = Workbooks.xlsx(dir, "responses.xlsx", Map.of("Sheet1", List.of(
                row("ID", "Start time", "Completion time", "Email", "Name", "Which topics should the IGF prioritise?"),
                row(1, "12/1/22 10:05:01", "12/1/22 10:06:12", "anonymous", null, "Cybersecurity;Connectivity;"),
                row(2, "12/1/22 10:05:30", "12/1/22 10:07:00", "ana@example.org", "Ana Ruiz", "Connectivity;"),
                row(3, "12/1/22 10:09:00", "12/1/22 10:09:30", "ana@example.org", "Ana Ruiz", "Cybersecurity;"))));

        SessionParts parts = read(forms, file, "microsoft-forms");

        assertThat(parts.polls).containsExactly(new Poll(null, "Which topics should the IGF prioritise?", null, 2,
                List.of(new PollOption("Cybersecurity", 2, 100.0), new PollOption("Connectivity", 1, 50.0)),
                "responses.xlsx"));
        assertThat(parts.warnings).containsExactly(
                "responses.xlsx:4: ana@example.org responded again; only the last response counts");
    }

    @Test
    void googleFormsSplitsCheckboxesAtCommaButKeepsLabelsThatHoldOne() throws Exception {
        SessionParts parts = read(forms, fixture("poll/google-forms.csv"), "google-forms");
        String f = "google-forms.csv";

        assertThat(parts.polls).containsExactly(
                new Poll(null, "Should universal service funds finance community networks?", null, 4, List.of(
                        new PollOption("Yes, directly", 2, 50.0),
                        new PollOption("No", 1, 25.0),
                        new PollOption("Not sure", 1, 25.0)), f),
                new Poll(null, "Which barriers matter most?", null, 4, List.of(
                        new PollOption("Cost of data", 3, 75.0),
                        new PollOption("Electricity", 2, 50.0),
                        new PollOption("Digital skills", 1, 25.0),
                        new PollOption("Lack of local content", 1, 25.0)), f));
        assertThat(parts.warnings).isEmpty();
    }

    /**
     * A form's question that names a numbered scale, answered once each with its points, is a rating poll, its
     * options in the scale's order and its mean given; numbers answering a question without a scale stay options.
     */
    @Test
    void aFormsQuestionOnANumberedScaleIsARatingWithItsMean(@TempDir Path dir) throws Exception {
        String csv = "\"Timestamp\",\"Email Address\",\"How ready is your digital ID? (1 = not at all ready, 5 = fully "
                + "ready)\",\"How many staff does your team have?\"\n"
                + "\"2025/06/22 8:36:05 AM GMT+12\",\"\",\"2\",\"3\"\n"
                + "\"2025/06/22 8:36:25 AM GMT+12\",\"\",\"4\",\"12\"\n"
                + "\"2025/06/22 8:36:45 AM GMT+12\",\"\",\"2\",\"3\"\n"
                + "\"2025/06/22 8:37:05 AM GMT+12\",\"\",\"1\",\"5\"\n";
        SessionParts parts = read(forms, Exports.write(dir, "form.csv", csv.getBytes(StandardCharsets.UTF_8)),
                "google-forms");

        Poll rating = PollTally.withMean(parts.polls.get(0));
        assertThat(rating.type()).isEqualTo("rating");
        assertThat(rating.options()).extracting(PollOption::label).containsExactly("1", "2", "4");
        assertThat(rating.mean()).isEqualTo(2.25);
        assertThat(parts.polls.get(1).type()).isNull();
    }

    @Test
    void mentimeterWideLayoutWithQuestionsAndScales(@TempDir Path dir) throws Exception {
        InputFile file = Workbooks.xlsx(dir, "menti.xlsx", Map.of("Results", List.of(
                row("Date (UTC)", "Session", "Voter", "Which risk worries you most?: Answer",
                        "Rate the session:: Content", "Rate the session:: Speakers"),
                row("2022-12-01 10:10", 1, 1, "Default passwords", 4, 5),
                row("2022-12-01 10:11", 1, 2, "Default passwords", 5, 5),
                row("2022-12-01 10:11", 1, 3, "No updates", 4, null))));

        SessionParts parts = read(menti, file, "mentimeter-wide");

        assertThat(parts.polls).containsExactly(
                new Poll(null, "Which risk worries you most?", null, 3, List.of(
                        new PollOption("Default passwords", 2, 66.7), new PollOption("No updates", 1, 33.3)),
                        "menti.xlsx"),
                new Poll(null, "Rate the session: Content", "rating", 3, List.of(
                        new PollOption("4", 2, 66.7), new PollOption("5", 1, 33.3)), "menti.xlsx"),
                new Poll(null, "Rate the session: Speakers", "rating", 2, List.of(
                        new PollOption("5", 2, 100.0)), "menti.xlsx"));
    }

    @Test
    void mentimeterLongLayoutGroupsAVotersRowsIntoOneSubmission(@TempDir Path dir) throws Exception {
        InputFile file = Workbooks.xlsx(dir, "menti.xlsx", Map.of("Answers", List.of(
                row("Participant", "Question", "Answer"),
                row("p1", "Which labels do you know?", "CE"),
                row("p1", "Which labels do you know?", "Cyber Trust Mark"),
                row("p2", "Which labels do you know?", "CE"))));

        SessionParts parts = read(menti, file, "mentimeter-long");

        assertThat(parts.polls).containsExactly(new Poll(null, "Which labels do you know?", null, 2, List.of(
                new PollOption("CE", 2, 100.0), new PollOption("Cyber Trust Mark", 1, 50.0)), "menti.xlsx"));
    }

    @Test
    void formsAndMentimeterTakeOnlyTheirOwnExports() {
        assertThat(detect(forms, fixture("poll/zoom-poll-2021.csv"))).isEmpty();
        assertThat(detect(forms, fixture("poll/slido-polls.csv"))).isEmpty();
        assertThat(detect(forms, fixture("attendance/zoom-participants.csv"))).isEmpty();
        assertThat(detect(menti, fixture("poll/slido-polls.xlsx"))).isEmpty();
        assertThat(detect(menti, fixture("poll/google-forms.csv"))).isEmpty();
        assertThat(detect(new SlidoPollReader(), fixture("poll/microsoft-forms.csv"))).isEmpty();
        assertThat(detect(new ZoomAttendanceReader(), fixture("poll/microsoft-forms.csv"))).isEmpty();
        assertThat(detect(new SlidoQaReader(), fixture("poll/google-forms.csv"))).isEmpty();
    }
}
