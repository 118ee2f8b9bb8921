package org.rapporteur.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapporteur.ingest.Exports.detect;
import static org.rapporteur.ingest.Exports.fixture;
import static org.rapporteur.ingest.Exports.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Passage;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;
import org.rapporteur.model.Turn;

class TimestampedTranscriptReaderTest {

    private final TimestampedTranscriptReader reader = new TimestampedTranscriptReader();

    @Test
    void otterHeadersOpenTurnsThatEndAtTheNextAndTheFooterIsLeftOut() throws Exception {
        SessionParts parts = read(reader, fixture("timed/otter.txt"), "otter-txt");
        String f = "otter.txt";

        assertThat(parts.turns).containsExactly(
                at(1, turn(0, "Ana Ruiz", f, 3.0, 65.0, new Passage(2, "Good morning and welcome to the open forum."),
                        new Passage(5, "Our first speaker joins from Accra."))),
                at(7, turn(1, "Unknown Speaker", f, 65.0, 3723.0, new Passage(8, "Can you hear me?"))),
                at(10, turn(2, "Speaker 1", f, 3723.0, null, new Passage(11, "Yes, perfectly."),
                        new Passage(12, "The audio is fine now."))));
        assertThat(parts.sources).containsExactly(new SourceFile(f, SourceKind.TRANSCRIPT, "otter-txt", 3));
    }

    /** Paragraph "Name   0:04" with the words after a line break, and the older layout in two paragraphs. */
    @Test
    void teamsWordDocumentWithoutItsTitleDateAndSystemLines() throws Exception {
        SessionParts parts = read(reader, fixture("timed/teams.docx"), "teams-docx");
        String f = "teams.docx";

        assertThat(parts.turns).containsExactly(
                at(4, turn(0, "Ana Ruiz", f, 4.0, 21.0, new Passage(5, "Good morning, everyone."),
                        new Passage(7, "Let us go through the agenda."))),
                at(8, turn(1, "Kwame Mensah", f, 21.0, 35.0, new Passage(9, "Thank you, Ana. I have two points."),
                        new Passage(11, "First, the poll questions."))));
    }

    @Test
    void meetLinesTakeTheTimeStampAboveThem() throws Exception {
        SessionParts parts = read(reader, fixture("timed/meet.docx"), "meet-docx");
        String f = "meet.docx";

        assertThat(parts.turns).containsExactly(
                // the five minutes under the first stamp shared by length (23 and 6 characters); the meeting's end
                // ends the last
                turn(0, "Ana Ruiz", f, 0.0, 300.0 * 23 / 29, new Passage(6, "Good morning, everyone.")),
                turn(1, "Kwame Mensah", f, 300.0 * 23 / 29, 754.0, new Passage(7, "Hello."),
                        new Passage(9, "On the poll: two questions only."),
                        new Passage(10, "And a word cloud at the end.")));
    }

    @Test
    void meetStampsGiveEndsWhenTheNextTurnStartsLater(@TempDir Path dir) throws Exception {
        InputFile file = Exports.write(dir, "meet.txt", ("00:00:00\nAna Ruiz: Hello.\n00:01:30\nKwame Mensah: Hi.\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(read(reader, file, "meet-docx").turns).extracting(Turn::startSeconds, Turn::endSeconds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0.0, 90.0),
                        org.assertj.core.groups.Tuple.tuple(90.0, null));
    }

    /**
     * A line opened by an account's user name ("j.mbeki.office: ...") is that account's turn, not words going on
     * with the speaker before; "e.g.: ..." is words.
     */
    @Test
    void meetLinesOfAnAccountsUserNameAreItsTurns(@TempDir Path dir) throws Exception {
        InputFile file = Exports.write(dir, "meet.txt", ("00:00:00\nAna Ruiz: Mr Mbeki, over to you.\n"
                + "j.mbeki.office: Thank you, Chair.\ne.g.: not a name\n").getBytes(StandardCharsets.UTF_8));

        assertThat(read(reader, file, "meet-docx").turns).extracting(Turn::label, Turn::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ana Ruiz", "Mr Mbeki, over to you."),
                        org.assertj.core.groups.Tuple.tuple("j.mbeki.office", "Thank you, Chair. e.g.: not a name"));
    }

    /**
     * Meet stamps every few minutes: the time to the next stamp is shared among the lines under one by their
     * length, and "Meeting ended after" ends the last; where nothing ends the last stamp, its lines start there.
     */
    @Test
    void meetShareTheTimeBetweenStampsAmongTheLinesUnderThem(@TempDir Path dir) throws Exception {
        InputFile file = Exports.write(dir, "meet.txt", ("00:00:00\nAna Ruiz: Hello, twenty chars.\n"
                + "Kwame Mensah: And mine is sixty characters long, three times the first one\n00:04:00\n"
                + "Ana Ruiz: Thanks.\nMeeting ended after 00:05:00\n").getBytes(StandardCharsets.UTF_8));

        assertThat(read(reader, file, "meet-docx").turns).extracting(Turn::startSeconds, Turn::endSeconds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0.0, 60.0),
                        org.assertj.core.groups.Tuple.tuple(60.0, 240.0),
                        org.assertj.core.groups.Tuple.tuple(240.0, 300.0));

        InputFile open = Exports.write(dir, "meet2.txt", ("00:04:00\nAna Ruiz: Thanks.\nKwame Mensah: Bye.\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(read(reader, open, "meet-docx").turns).extracting(Turn::startSeconds, Turn::endSeconds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(240.0, null),
                        org.assertj.core.groups.Tuple.tuple(240.0, null));
    }

    @Test
    void detectsOnlyTimedLayouts(@TempDir Path dir) {
        assertThat(detect(reader, fixture("transcript/cart.txt"))).isEmpty();
        assertThat(detect(reader, fixture("transcript/cart.docx"))).isEmpty();
        assertThat(detect(reader, fixture("timed/zoom.vtt"))).isEmpty();
        assertThat(detect(reader, Exports.write(dir, "agenda.txt",
                "Agenda\nMeeting at 10:30\nCoffee 11:00\n".getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    @Test
    void headersWithoutWordsCannotBeRead(@TempDir Path dir) {
        InputFile file = Exports.write(dir, "o.txt", "Ana Ruiz  0:03\n\nTranscribed by https://otter.ai\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read(file, "otter-txt", new SessionParts()))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("o.txt: no timed turn with text found"));
    }

    /** The turn with its label on its header's line. */
    private static Turn at(int labelLine, Turn t) {
        return new Turn(t.index(), t.label(), t.speaker(), t.file(), t.passages(), t.startSeconds(), t.endSeconds(),
                labelLine);
    }

    private static Turn turn(int index, String label, String file, Double start, Double end, Passage... passages) {
        return new Turn(index, label, label, file, List.of(passages), start, end);
    }
}
