package org.rapporteur.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.Tika;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.ingest.InputFile;
import org.rapporteur.ingest.InputReader;
import org.rapporteur.ingest.SessionParts;
import org.rapporteur.ingest.SubtitleReader;
import org.rapporteur.ingest.ZoomChatReader;
import org.rapporteur.model.ChatMessage;
import org.rapporteur.model.Turn;

/**
 * Reading time of long exports: a mid-2021 Zoom chat of 50,000 and 100,000 lines and a Teams WebVTT of 10,000 and
 * 20,000 cues, generated here. Each file goes the way the session reader takes it: Tika types it, the reader
 * detects its format from the content, decodes and reads it. Prints the best of three rounds for
 * docs/PERFORMANCE.md (twice the size should take about twice the time); asserts only what was read.
 * Run: {@code mvn test -Dgroups=benchmark -DexcludedTestGroups= -Dtest=ReaderBenchmark}
 */
@Tag("benchmark")
class ReaderBenchmark {

    private static final int ROUNDS = 3;
    private static final int WARM_UP = 3;
    private static final Tika TIKA = new Tika();

    private static final String[] SENDERS = {"Amina Yusuf", "Daniel Okafor", "Mei Lin Tan (she/her)",
            "Tomás Herrera", "Priya Nair", "Li Wei to the rescue", "Fatou Diop"};
    private static final String[] MESSAGES = {
            "Spectrum licences for community networks should be cheaper",
            "Who funds the last mile in rural areas?",
            "Universal service funds are rarely spent where they should be",
            "Our network in the valley serves 4,000 people",
            "Is the recording going to be published?",
            "+1 to the point on local content",
            "Link to our report: https://example.org/report.pdf",
            "Regulators need data on where people are not connected",
            "Can you say more about the licensing model?",
            "Thank you, very useful session"};
    private static final String[] VOICES = {"Amina Yusuf", "Daniel Okafor", "Mei Lin Tan", "Tom&#225;s Herrera"};
    private static final String[] WORDS = ("so the question for regulators is how to make spectrum affordable "
            + "for community networks and who pays for the backhaul when the universal service fund does not "
            + "reach the villages we serve").split(" ");

    @TempDir
    Path dir;

    @Test
    void readingStaysLinearInTheSizeOfTheExport() throws IOException {
        Chat smallChat = chat(50_000);
        Chat chat = chat(100_000);
        Vtt smallVtt = vtt(10_000);
        Vtt vtt = vtt(20_000);
        // untimed passes first, so that no measured round pays for class loading and JIT compilation
        for (int round = 0; round < WARM_UP; round++) {
            read(chat.file(), new ZoomChatReader());
            read(vtt.file(), new SubtitleReader());
        }

        for (Chat c : List.of(smallChat, chat)) {
            Timed timed = best(c.file(), new ZoomChatReader());
            List<ChatMessage> messages = timed.parts().chat;
            assertThat(timed.parts().sources.get(0).format()).isEqualTo(ZoomChatReader.LOCAL_MID_2021);
            assertThat(messages).hasSize(c.messages());
            assertThat(messages.stream().filter(ChatMessage::direct).count()).isEqualTo(c.direct());
            assertThat(messages.stream().filter(m -> m.replyTo() != null).count()).isEqualTo(c.replies());
            assertThat(messages.stream().mapToInt(ChatMessage::reactions).sum()).isEqualTo(c.reactions());
            assertThat(timed.parts().warnings).isEmpty();
            print("zoom-chat-mid2021", c.lines(), "lines", timed, messages.size() + " messages");
        }
        for (Vtt v : List.of(smallVtt, vtt)) {
            Timed timed = best(v.file(), new SubtitleReader());
            List<Turn> turns = timed.parts().turns;
            assertThat(timed.parts().sources.get(0).format()).isEqualTo(SubtitleReader.TEAMS);
            assertThat(turns).hasSize(v.turns());
            assertThat(turns.stream().mapToInt(t -> t.passages().size()).sum()).isEqualTo(v.passages());
            assertThat(turns.get(turns.size() - 1).endSeconds()).isPositive();
            assertThat(timed.parts().warnings).isEmpty();
            print("teams-vtt", v.cues(), "cues", timed, turns.size() + " turns");
        }
    }

    private record Chat(Path file, int lines, int messages, int direct, int replies, int reactions) {
    }

    private record Vtt(Path file, int cues, int passages, int turns) {
    }

    private record Timed(long nanos, SessionParts parts) {
    }

    /**
     * A chat of exactly {@code lines} lines: messages of one or two body lines, every 9th a reply to the message
     * before it, every 13th a direct message, every 7th a reaction to the message before it; clock times run past
     * midnight.
     */
    private Chat chat(int lines) throws IOException {
        StringBuilder s = new StringBuilder();
        int written = 0;
        int messages = 0;
        int direct = 0;
        int replies = 0;
        int reactions = 0;
        String previous = null;
        for (int i = 0; written < lines; i++) {
            String sender = SENDERS[i % SENDERS.length];
            String text = MESSAGES[i % MESSAGES.length] + " (" + i + ")";
            boolean isDirect = i % 13 == 5;
            String to = isDirect ? "Priya Nair(Direct Message)" : "Everyone";
            int remaining = lines - written;
            s.append(clock(36_000 + i * 2)).append(" From  ").append(sender).append("  to  ").append(to).append(":\n");
            // the last message may take a second line so that the file has exactly the lines asked for
            if (i % 7 == 3 && previous != null && remaining >= 4) {
                s.append("\tReacted to \"").append(snippet(previous)).append("\" with \uD83D\uDC4D\n");
                reactions++;
                written += 2;
                continue;
            }
            boolean reply = i % 9 == 4 && previous != null && remaining >= 4;
            if (reply) {
                s.append("\tReplying to \"").append(snippet(previous)).append("\"\n");
                written++;
                replies++;
            }
            s.append('\t').append(text).append('\n');
            written += 2;
            if (lines - written == 1 || i % 4 == 1 && lines - written > 2) {
                s.append("\tand a second line of the same message\n");
                written++;
                text += "\nand a second line of the same message";
            }
            messages++;
            direct += isDirect ? 1 : 0;
            previous = isDirect ? previous : text;
        }
        assertThat(written).isEqualTo(lines);
        Path file = Files.writeString(dir.resolve("chat-" + lines + ".txt"), s, StandardCharsets.UTF_8);
        return new Chat(file, lines, messages, direct, replies, reactions);
    }

    /** Teams cues of 8 to 16 words; the voice changes every one to three cues, two voices share every 50th cue. */
    private Vtt vtt(int cues) throws IOException {
        StringBuilder s = new StringBuilder("WEBVTT\n\n");
        int turns = 0;
        int voice = -1;
        int passages = 0;
        double t = 1.5;
        for (int i = 0; i < cues; i++) {
            int next = i % 3 == 0 || i % 5 == 0 ? (voice + 1) % VOICES.length : Math.max(voice, 0);
            int words = 8 + i % 9;
            double length = words / 2.5;
            s.append("7d3c1f2a-9b8e-4c6d-a5f4-3e2d1c0b9a87/").append(i + 1).append("-0\n")
                    .append(stamp(t)).append(" --> ").append(stamp(t + length)).append('\n');
            turns += next != voice ? 1 : 0;
            voice = next;
            s.append("<v ").append(VOICES[voice]).append('>').append(words(i, words)).append("</v>");
            passages++;
            if (i % 50 == 49) {
                voice = (voice + 1) % VOICES.length;
                turns++;
                passages++;
                s.append(" <v ").append(VOICES[voice]).append(">Thank you.</v>");
            }
            s.append("\n\n");
            t += length + 0.3;
        }
        Path file = Files.writeString(dir.resolve("teams-" + cues + ".vtt"), s, StandardCharsets.UTF_8);
        return new Vtt(file, cues, passages, turns);
    }

    private static Timed best(Path file, InputReader reader) throws IOException {
        Timed best = null;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            SessionParts parts = read(file, reader);
            long nanos = System.nanoTime() - start;
            if (best == null || nanos < best.nanos()) {
                best = new Timed(nanos, parts);
            }
        }
        return best;
    }

    /** As the session reader does it: a fresh file typed by Tika, detected and read by the reader. */
    private static SessionParts read(Path path, InputReader reader) throws IOException {
        // the reader's speed, not the session's bound: a 100k-line chat is larger than Limits.TEXT_BYTES
        InputFile file = new InputFile(path, path.getFileName().toString(), TIKA.detect(path), Files.size(path));
        String format = reader.detect(file).orElseThrow(() -> new AssertionError("not detected: " + path));
        SessionParts parts = new SessionParts();
        try {
            reader.read(file, format, parts);
        } catch (org.rapporteur.ingest.InputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        return parts;
    }

    private static void print(String format, int size, String unit, Timed timed, String items) {
        double ms = timed.nanos() / 1e6;
        System.out.printf("BENCHMARK reader: %s %,d %s: %.0f ms best of %d (%,.0f %s/s), %s%n",
                format, size, unit, ms, ROUNDS, size / (ms / 1000), unit, items);
    }

    /** Zoom's truncated quote of a message: its first 20 characters and an ellipsis. */
    private static String snippet(String text) {
        return text.substring(0, Math.min(20, text.length())) + "...";
    }

    private static String words(int seed, int count) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < count; k++) {
            s.append(k == 0 ? "" : " ").append(WORDS[(seed * 7 + k) % WORDS.length]);
        }
        return s.append('.').toString();
    }

    private static String clock(int seconds) {
        int s = seconds % 86_400;
        return String.format("%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    private static String stamp(double seconds) {
        long ms = Math.round(seconds * 1000);
        return String.format("%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }
}
