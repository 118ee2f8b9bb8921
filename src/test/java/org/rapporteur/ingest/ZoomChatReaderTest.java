package org.rapporteur.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.ingest.Exports.detect;
import static org.rapporteur.ingest.Exports.fixture;
import static org.rapporteur.ingest.Exports.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapporteur.model.ChatMessage;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;

class ZoomChatReaderTest {

    private final ZoomChatReader reader = new ZoomChatReader();

    @Test
    void readsLocal2020WithPrivateMessagesContinuationsAndMidnightWrap() throws Exception {
        SessionParts parts = read(reader, fixture("chat/zoom-2020.txt"), "zoom-chat-2020");
        String f = "zoom-2020.txt";

        assertThat(parts.chat).containsExactly(
                new ChatMessage(0, "10:02:13", "Ana Ruiz", null, false, "Good morning from Bogotá", f, 1, null, 0),
                new ChatMessage(1, "10:02:40", "Samih Souissi (he/him)", null, false,
                        "Hello all: the slides are at https://example.org/slides", f, 2, null, 0),
                new ChatMessage(2, "10:03:05", "Ana Ruiz", "Lucien Castex", true, "Can you unmute me?", f, 3, null, 0),
                new ChatMessage(3, "10:03:30", "Jo to Bo", null, false,
                        "Names with a single-spaced to stay whole\nand this line continues the message", f, 4, null, 0),
                new ChatMessage(4, "23:59:58", "Ana Ruiz", null, false,
                        "Still here <script>alert(1)</script> ${x}", f, 7, null, 0),
                new ChatMessage(5, "00:00:10", "Li Wei", null, false, "Past midnight", f, 8, null, 0));
        assertThat(parts.warnings).containsExactly(
                "zoom-2020.txt:6: starts with a time but is not a zoom-chat-2020 message header; skipped");
        assertThat(parts.sources).containsExactly(new SourceFile(f, SourceKind.CHAT, "zoom-chat-2020", 6));
    }

    @Test
    void readsEarly2021WithNamesHoldingColonsAndTo() throws Exception {
        SessionParts parts = read(reader, fixture("chat/zoom-2021.txt"), "zoom-chat-2021");
        String f = "zoom-2021.txt";

        assertThat(parts.chat).containsExactly(
                new ChatMessage(0, "09:00:01", "Ana Ruiz", null, false, "Welcome to WS #530", f, 1, null, 0),
                new ChatMessage(1, "09:00:30", "María: IGF", null, false, "Names with colons work : even here",
                        f, 2, null, 0),
                new ChatMessage(2, "09:01:00", "Tom", "Ana Ruiz", true, "private note", f, 3, null, 0),
                new ChatMessage(3, "09:01:10", "Anna to Bob Chen", null, false, "a name that holds \" to \"",
                        f, 4, null, 0));
        assertThat(parts.warnings).isEmpty();
    }

    @Test
    void readsMid2021BlocksWithDirectMessagesRepliesAndReactions() throws Exception {
        SessionParts parts = read(reader, fixture("chat/zoom-mid2021.txt"), "zoom-chat-mid2021");
        String f = "zoom-mid2021.txt";

        assertThat(parts.chat).containsExactly(
                new ChatMessage(0, "10:00:00", "Ana Ruiz (she/her)", null, false,
                        "Welcome, everyone. Please introduce yourselves\nin the chat.", f, 2, null, 0),
                new ChatMessage(1, "10:00:45", "Lucien Castex", null, false, "Lucien, AFNIC, Paris", f, 5, null, 0),
                new ChatMessage(2, "10:01:10", "Ana Ruiz (she/her)", "Lucien Castex", true, "Thanks for joining",
                        f, 7, null, 0),
                new ChatMessage(3, "10:01:30", "Bob Chen", null, false, "Hi from Nairobi", f, 11, 0, 1),
                new ChatMessage(4, "10:02:30", "Li Wei", null, false, "Welcome Lucien", f, 20, 1, 0));
        assertThat(parts.warnings).containsExactly(
                "zoom-mid2021.txt:21: message line without the leading TAB of zoom-chat-mid2021; skipped",
                "zoom-mid2021.txt:23: reaction to \"Nobody said this...\" matches no earlier message; skipped");
        assertThat(parts.sources).containsExactly(new SourceFile(f, SourceKind.CHAT, "zoom-chat-mid2021", 5));
    }

    @Test
    void readsCloudChatWithContinuationsBlankLinesColonsInNamesAndLinksRepliesByTheWholeSnippet() throws Exception {
        SessionParts parts = read(reader, fixture("chat/zoom-cloud.txt"), "zoom-chat-cloud");
        String f = "zoom-cloud.txt";

        assertThat(parts.chat).containsExactly(
                new ChatMessage(0, "00:01:05", "Ana Ruiz", null, false, "Welcome to the session", f, 1, null, 1),
                new ChatMessage(1, "00:01:40", "Samih Souissi", null, false,
                        "A long comment:\nfirst point\n\nsecond point", f, 2, null, 0),
                new ChatMessage(2, "00:02:10", "Dr. Lee: Ministry", null, false, "Names may hold colons",
                        f, 6, null, 0),
                new ChatMessage(3, "00:02:30", "Bob Chen", null, false, "I disagree with the first point",
                        f, 8, 1, 0),
                new ChatMessage(4, "00:03:00", "Li Wei", null, false, "Question for Ana (and all): what next?",
                        f, 10, null, 0),
                new ChatMessage(5, "00:03:10", "Kofi Asante", null, false, "Question for Ana: who pays?",
                        f, 11, null, 0),
                new ChatMessage(6, "00:03:20", "Ana Ruiz", null, false, "The community pays, mostly", f, 13, 4, 0));
        assertThat(parts.warnings).isEmpty();
    }

    @Test
    void firstLineOfEveryMessageIsVerbatimAtItsLine() throws Exception {
        for (String name : new String[] {"zoom-2020.txt", "zoom-2021.txt", "zoom-mid2021.txt", "zoom-cloud.txt"}) {
            InputFile file = fixture("chat/" + name);
            SessionParts parts = read(reader, file, reader.detect(file).orElseThrow());
            for (ChatMessage m : parts.chat) {
                String line = file.text().lines().get(m.line() - 1);
                assertThat(line).as(name + ":" + m.line()).contains(m.text().split("\n")[0]);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void lineEndingsBomAndMissingFinalNewlineDoNotChangeTheMessages(String newline, @TempDir Path dir)
            throws Exception {
        String chat = String.join(newline,
                "10:00:00 From  Ana  to  Everyone:", "\tfirst", "\tsecond", "10:00:05 From  Bo  to  Everyone:", "\tok");
        byte[] body = chat.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        SessionParts parts = read(reader, Exports.write(dir, "chat.txt", withBom), "zoom-chat-mid2021");

        assertThat(parts.chat).extracting(ChatMessage::sender, ChatMessage::text, ChatMessage::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ana", "first\nsecond", 2),
                        org.assertj.core.groups.Tuple.tuple("Bo", "ok", 5));
        assertThat(parts.warnings).isEmpty();
    }

    @Test
    void windows1252ChatIsReadWithAWarning(@TempDir Path dir) throws Exception {
        byte[] bytes = "00:00:01\tAna:\tWe need clarity \u2014 now\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));

        SessionParts parts = read(reader, Exports.write(dir, "chat.txt", bytes), "zoom-chat-cloud");

        assertThat(parts.chat).extracting(ChatMessage::text).containsExactly("We need clarity \u2014 now");
        assertThat(parts.warnings).singleElement().asString().startsWith("chat.txt: not valid UTF-8");
    }

    @Test
    void textBeforeTheFirstMessageIsReportedAndSkipped(@TempDir Path dir) throws Exception {
        String chat = "Saved chat of WS #530\n10:00:00\t From  Ana : hello\n";

        SessionParts parts = read(reader, Exports.write(dir, "chat.txt", chat.getBytes(StandardCharsets.UTF_8)),
                "zoom-chat-2020");

        assertThat(parts.chat).extracting(ChatMessage::text).containsExactly("hello");
        assertThat(parts.warnings).containsExactly("chat.txt:1: text before the first chat message; skipped");
    }

    @Test
    void fileNamedLikeAChatButHoldingSomethingElseIsNotAChat(@TempDir Path dir) {
        assertThat(detect(reader, Exports.write(dir, "chat.txt", new byte[0]))).isEmpty();
        assertThat(detect(reader, Exports.write(dir, "meeting_saved_chat.txt",
                "#,User Name,User Email,Submitted Date/Time,Which topic?\n1,Ana,,x,AI\n"
                        .getBytes(StandardCharsets.UTF_8)))).isEmpty();
        assertThat(detect(reader, Exports.write(dir, "chat.txt",
                "WEBVTT\n\n1\n00:00:04.859 --> 00:00:07.410\nAna: hello\n".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
    }

    @Test
    void chatSavedUnderAPollName(@TempDir Path dir) {
        InputFile file = Exports.write(dir, "poll.csv",
                "00:00:01\tAna:\thello\n".getBytes(StandardCharsets.UTF_8));

        assertThat(detect(reader, file)).contains("zoom-chat-cloud");
    }

    @Test
    void longChatsLinkRepliesByPrefix(@TempDir Path dir) throws Exception {
        String chat = IntStream.range(0, 2000)
                .mapToObj(i -> String.format("00:%02d:%02d\tUser %d:\tMessage number %d\n", i / 60 % 60, i % 60, i, i)
                        + String.format("00:%02d:%02d\tOther:\tReplying to \"Message number %d\"\nyes\n",
                        i / 60 % 60, i % 60, i))
                .collect(Collectors.joining());

        SessionParts parts = read(reader, Exports.write(dir, "chat.txt", chat.getBytes(StandardCharsets.UTF_8)),
                "zoom-chat-cloud");

        assertThat(parts.chat).hasSize(4000);
        assertThat(parts.chat.get(3999).replyTo()).isEqualTo(3998);
        assertThat(parts.chat.get(21).replyTo()).isEqualTo(20);
    }
}
