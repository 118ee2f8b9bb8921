package org.rapporteur.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.ingest.Exports.copy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.ChatMessage;
import org.rapporteur.model.Participation;
import org.rapporteur.model.Session;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;

/** The chat, poll, Q&A and attendance readers in the registry: each export lands with its reader, whatever its name. */
class ExportsSessionTest {

    private static final String TRANSCRIPT = """
            IGF 2022 Day 4 Town Hall #110 Security meets Responsibility - RAW

            The following are the outputs of the captioning taken during an IGF intervention.

            ***

            >> ANA RUIZ:  Good morning and welcome to the session on IoT security.
            >> PETER MWANGI:  Thank you.  Default passwords are still the main problem.
            """;

    @Test
    void aFolderOfExportsYieldsChatPollsQuestionsAndAttendance(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("transcript.txt"), TRANSCRIPT);
        copy("chat/zoom-cloud.txt", dir.resolve("GMT20221202-120000_Recording.txt"));
        copy("poll/zoom-poll-2021.csv", dir.resolve("chat.csv"));
        copy("qa/slido-qa.csv", dir.resolve("questions.csv"));
        copy("attendance/zoom-participants.csv", dir.resolve("participants.csv"));
        copy("poll/mapped/poll-columns.properties", dir.resolve("poll-columns.properties"));
        Files.write(dir.resolve("notes.bin"), new byte[] {0, 1, 2, 3, (byte) 0xFF});
        byte[] xlsx = Files.readAllBytes(Exports.fixture("poll/slido-polls.xlsx").path());
        Files.write(dir.resolve("slido.xlsx"), Arrays.copyOf(xlsx, xlsx.length / 2));

        Session session = new SessionReader().read("ws530", dir);

        assertThat(session.sources()).contains(
                new SourceFile("GMT20221202-120000_Recording.txt", SourceKind.CHAT, "zoom-chat-cloud", 7),
                new SourceFile("chat.csv", SourceKind.POLL, "zoom-poll-2021", 3),
                new SourceFile("questions.csv", SourceKind.QA, "slido-qa", 3),
                new SourceFile("participants.csv", SourceKind.ATTENDANCE, "zoom-participants", 6),
                new SourceFile("poll-columns.properties", SourceKind.POLL, "column-mapping", 4));
        assertThat(session.chat()).extracting(ChatMessage::sender).startsWith("Ana Ruiz", "Samih Souissi");
        assertThat(session.polls()).hasSize(3);
        assertThat(session.submittedQuestions()).hasSize(3);
        assertThat(session.attendance()).extracting(Participation.Attendance::participants,
                Participation.Attendance::source).containsExactly(4, "participants.csv");
        // the poll report's meeting line (57, read first) gives way to the export listing who came
        assertThat(session.warnings()).noneMatch(w -> w.contains("attendance report"));
        assertThat(session.warnings()).anyMatch(w -> w.startsWith("notes.bin: not a recognised input"));
        assertThat(session.warnings()).anyMatch(w -> w.startsWith("slido.xlsx: not a readable workbook"));
    }
}
