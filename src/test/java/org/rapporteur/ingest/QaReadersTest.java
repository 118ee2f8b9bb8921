package org.rapporteur.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.ingest.Exports.assertVerbatim;
import static org.rapporteur.ingest.Exports.detect;
import static org.rapporteur.ingest.Exports.fixture;
import static org.rapporteur.ingest.Exports.read;
import static org.rapporteur.ingest.Workbooks.row;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.Question;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;

class QaReadersTest {

    private final ZoomQaReader zoom = new ZoomQaReader();
    private final SlidoQaReader slido = new SlidoQaReader();

    @Test
    void zoomWebinarQaReportGivesQuestionsAskersAndAnsweredStatus() throws Exception {
        InputFile file = fixture("qa/zoom-qa.csv");
        SessionParts parts = read(zoom, file, "zoom-qa");

        assertThat(parts.questions).containsExactly(
                question("zoom-qa.csv", 7, "How will the CRA treat open-source maintainers?", "Ana Ruiz", true, null),
                new Question("Is there a \"security label\" scheme outside the EU?", null, EvidenceSource.QA, true,
                        List.of(new Evidence(EvidenceSource.QA, "zoom-qa.csv", null, 8, null, "Is there a")), null)
                        .withAnswers(List.of(new Question.Answer("Lucien Castex",
                                "yes, Singapore and Finland, see the chat", List.of(new Evidence(EvidenceSource.QA,
                                "zoom-qa.csv", "Lucien Castex", 8, null,
                                "yes, Singapore and Finland, see the chat"))))),
                question("zoom-qa.csv", 9, "Who pays for updates after the warranty ends?", "Peter Mwangi", false, null),
                question("zoom-qa.csv", 10, "Two questions:\nfirst, who certifies the labs?", "Bob Chen", false, null));
        assertThat(parts.warnings).containsExactly("zoom-qa.csv:12: Q&A row without a question; skipped");
        assertThat(parts.sources).containsExactly(new SourceFile("zoom-qa.csv", SourceKind.QA, "zoom-qa", 4));
        for (Question q : parts.questions) {
            assertVerbatim(file, q.evidence().get(0));
            for (Question.Answer a : q.answers()) {
                assertVerbatim(file, a.evidence().get(0));
            }
        }
    }

    @Test
    void zoomWrittenAnswersKeepTheirWritersAndLiveAnswersAreNone() {
        List<Question.Answer> answers = ZoomQaReader.written("qa.csv", 4,
                "Answered by Host: Live answered\nAnswered by Mei Ling Tan (she/her): Yes: 12 grants.\n"
                        + "Answered by Kezia Thomas: The \"toolkit\" has it");

        assertThat(answers).extracting(Question.Answer::speaker, Question.Answer::text)
                .containsExactly(tuple("Mei Ling Tan", "Yes: 12 grants."),
                        tuple("Kezia Thomas", "The \"toolkit\" has it"));
        assertThat(answers.get(0).evidence()).containsExactly(
                new Evidence(EvidenceSource.QA, "qa.csv", "Mei Ling Tan (she/her)", 4, null, "Yes: 12 grants."));
        assertThat(answers.get(1).evidence().get(0).quote()).isEqualTo("The");
        assertThat(ZoomQaReader.written("qa.csv", 4, "Answered by Host: Live answered")).isEmpty();
        assertThat(ZoomQaReader.written("qa.csv", 4, "--")).isEmpty();
        assertThat(ZoomQaReader.written("qa.csv", 4, "Answered by Host:  ")).isEmpty();
    }

    @Test
    void slidoQaCsvWithAnonymousAuthorsAndHostileText() throws Exception {
        InputFile file = fixture("qa/slido-qa.csv");
        SessionParts parts = read(slido, file, "slido-qa");

        assertThat(parts.questions).containsExactly(
                question("slido-qa.csv", 2, "What is the timeline for the CRA?", "Johanna Schmidt", true, 14),
                question("slido-qa.csv", 3, "Do labels help consumers, or only marketing?", null, false, 9),
                question("slido-qa.csv", 4, "Will ETSI EN 303 645 become mandatory? <#assign x=1>", null, null, 3));
        assertThat(parts.warnings).isEmpty();
        for (Question q : parts.questions) {
            assertVerbatim(file, q.evidence().get(0));
        }
    }

    @Test
    void slidoQaWorkbookUsesRowNumbersAsLines(@TempDir Path dir) throws Exception {
        InputFile file = Workbooks.xlsx(dir, "questions.xlsx", Map.of("Questions", List.of(
                row("Question text", "Asked by", "Upvotes", "Status"),
                row("Is the CRA final?", "Ana Ruiz", 5, "Answered"),
                row(null, null, null, null),
                row("When does it apply?", "", 1, "Live"))));

        SessionParts parts = read(slido, file, "slido-qa");

        assertThat(parts.questions).containsExactly(
                question("questions.xlsx", 2, "Is the CRA final?", "Ana Ruiz", true, 5),
                question("questions.xlsx", 4, "When does it apply?", null, false, 1));
    }

    @Test
    void qaReadersTakeOnlyTheirOwnExports() {
        assertThat(detect(slido, fixture("poll/slido-polls.csv"))).isEmpty();
        assertThat(detect(new SlidoPollReader(), fixture("qa/slido-qa.csv"))).isEmpty();
        assertThat(detect(new SlidoPollReader(), fixture("qa/zoom-qa.csv"))).isEmpty();
        assertThat(detect(zoom, fixture("qa/slido-qa.csv"))).isEmpty();
        assertThat(detect(zoom, fixture("poll/zoom-poll-2021.csv"))).isEmpty();
        assertThat(detect(slido, fixture("qa/zoom-qa.csv"))).isEmpty();
        assertThat(detect(new ZoomPollReader(), fixture("qa/zoom-qa.csv"))).isEmpty();
    }

    private static Question question(String file, int line, String text, String asker, Boolean answered,
                                     Integer upvotes) {
        return new Question(text, asker, EvidenceSource.QA, answered,
                List.of(new Evidence(EvidenceSource.QA, file, asker, line, null, text)), upvotes);
    }
}
