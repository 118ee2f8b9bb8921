package org.rapporteur.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapporteur.ingest.Exports.copy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.ChatMessage;
import org.rapporteur.model.Person;
import org.rapporteur.model.Role;
import org.rapporteur.model.Session;
import org.rapporteur.model.SessionInfo;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;
import org.rapporteur.model.Turn;

class SessionReaderTest {

    private static final byte[] BINARY = {0x00, 0x01, 0x02, (byte) 0xFF, 0x00, 'x', 0x7F, 0x00};

    private final SessionReader reader = new SessionReader();

    @Test
    void readsAFolderResolvingSpeakersAgainstTheSessionPage(@TempDir Path dir) throws Exception {
        copy("proposal/proposal-2024.txt", dir.resolve("page.txt"));
        copy("transcript/cart.txt", dir.resolve("transcript.txt"));
        Files.write(dir.resolve("photo.bin"), BINARY);
        Files.writeString(dir.resolve(".DS_Store"), "ignored");

        Session session = reader.read("of57", dir);

        assertThat(session.info().id()).isEqualTo("of57");
        assertThat(session.info().code()).isEqualTo("IGF 2024 Open Forum #57");
        assertThat(session.turns()).extracting(Turn::label, Turn::speaker).containsExactly(
                pair("", "Unnamed participant 1"),
                pair("MODERATOR", "Nomvula Dlamini"),
                pair("TENDAI MOYO", "Tendai Moyo"),
                pair("Tendai Moyo", "Tendai Moyo"),
                pair("HON. GRACE ODHIAMBO", "Grace Achieng Odhiambo"),
                pair("ATTENDEE", "Priya Sharma"),
                pair("CHAIR", "Nomvula Dlamini"),
                pair("DR. IBRAHIM SOW", "Ibrahim Sow"),
                pair("ONLINE MODERATOR", "Kofi Asante"),
                pair("AUDIENCE MEMBER", "Unnamed participant 2"),
                pair("", "Unnamed participant 3"),
                pair("MODERATOR", "Nomvula Dlamini"));
        assertThat(session.turns()).allSatisfy(t -> assertThat(t.file()).isEqualTo("transcript.txt"));
        assertThat(session.people()).extracting(Person::name, Person::aliases).containsExactly(
                pair("Nomvula Dlamini", List.of("MODERATOR", "CHAIR")),
                pair("Kofi Asante", List.of("ONLINE MODERATOR")),
                pair("Tendai Moyo", List.of("TENDAI MOYO")),
                pair("Grace Achieng Odhiambo", List.of("HON. GRACE ODHIAMBO")),
                pair("Ibrahim Sow", List.of("DR. IBRAHIM SOW")),
                pair("Aiko Tanaka", List.of()),
                pair("Unnamed participant 1", List.of()),
                pair("Priya Sharma", List.of("ATTENDEE")),
                pair("Unnamed participant 2", List.of("AUDIENCE MEMBER")),
                pair("Unnamed participant 3", List.of()));
        assertThat(session.person("Priya Sharma").orElseThrow().roles()).containsExactly(Role.PARTICIPANT);
        assertThat(session.sources()).containsExactly(
                new SourceFile("page.txt", SourceKind.PROPOSAL, "igf-proposal", 6),
                new SourceFile("transcript.txt", SourceKind.TRANSCRIPT, "igf-cart", 12));
        assertThat(session.warnings()).satisfiesExactly(
                w -> assertThat(w).isEqualTo(
                        "photo.bin: not a recognised input (type application/octet-stream); skipped"),
                w -> assertThat(w).startsWith("Some people spoke under a generic label without saying their name").contains(
                        "Unnamed participant 2 (\"AUDIENCE MEMBER\", transcript.txt line"),
                w -> assertThat(w).startsWith("The speaker label \"CHAIR\" was taken to be Nomvula Dlamini, the "
                        + "moderator the session page lists (transcript.txt, line"));
    }

    /** Automatic captions: a cue a second or so, word timings, neither names nor sentence marks. */
    private static String autoCaptions(String sentence, int times) {
        StringBuilder vtt = new StringBuilder("WEBVTT\nKind: captions\nLanguage: en\n\n");
        for (int i = 0; i < times; i++) {
            vtt.append(String.format("00:%02d:%02d.000 --> 00:%02d:%02d.500 align:start position:0%%%n", i / 60, i % 60,
                    i / 60, i % 60)).append(sentence).append("\n\n");
        }
        return vtt.toString();
    }

    @Test
    void warnsFirstAboutATranscriptWithoutSpeakersNamesOrPunctuation(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("captions.vtt"), autoCaptions(
                "so the point i want to make is that<00:00:01.000><c> the regulator should talk to</c> the operators "
                        + "first and then we can see what works", 30));

        List<String> warnings = reader.read("auto", dir).warnings();

        assertThat(warnings.get(0)).startsWith("captions.vtt names no speaker for 100% of its words");
        assertThat(warnings.get(1)).startsWith("captions.vtt has almost no punctuation (720 words, 0 sentence marks)")
                // its cues a second apart: sentences are cut at the pauses, and the warning says so
                .contains("sentences were cut where the speech pauses");
    }

    @Test
    void aPunctuatedTranscriptWithNamesGetsNoSuchWarning(@TempDir Path dir) throws Exception {
        StringBuilder cart = new StringBuilder("***\n\n");
        for (int i = 0; i < 30; i++) {
            cart.append(i % 2 == 0 ? ">> ANA RUIZ:  " : ">> BOB LEE:  ")
                    .append("So the point I want to make is simple. The regulator should talk to the operators first, ")
                    .append("and then we can see what works.\n\n");
        }
        Files.writeString(dir.resolve("transcript.txt"), cart.toString());

        assertThat(reader.read("cart", dir).warnings())
                .noneMatch(w -> w.contains("names no speaker") || w.contains("almost no punctuation"));
    }

    @Test
    void unnamedVoicesAreWarnedAboutWhenMostWordsHaveNone(@TempDir Path dir) throws Exception {
        StringBuilder cart = new StringBuilder("***\n\n");
        for (int i = 0; i < 30; i++) {
            cart.append(i == 0 ? ">> ANA RUIZ:  " : ">>  ")
                    .append("So the point I want to make is simple. The regulator should talk to the operators first, ")
                    .append("and then we can see what works.\n\n");
        }
        Files.writeString(dir.resolve("transcript.txt"), cart.toString());

        assertThat(reader.read("bare", dir).warnings())
                .anySatisfy(w -> assertThat(w).startsWith("transcript.txt names no speaker for 97% of its words"))
                .noneMatch(w -> w.contains("almost no punctuation"));
    }

    @Test
    void completesATitleThePageCutShortFromTheTranscriptsTitleLine(@TempDir Path dir) throws Exception {
        copy("proposal/ws530-proposal.txt", dir.resolve("proposal.txt"));
        Files.writeString(dir.resolve("transcript.txt"), "IGF 2022 Day 4 Town Hall #110 Security meets "
                + "Responsibility: connected everything's resilience - RAW\n\n***\n\n>> LUCIEN CASTEX:  Welcome.\n");

        Session session = reader.read("ws530", dir);

        assertThat(session.info().title())
                .isEqualTo("Security meets Responsibility: connected everything's resilience");
        assertThat(session.warnings()).anyMatch(w -> w.contains("title is cut short"));
    }

    @Test
    void keepsAPageTitleThatTheTranscriptDoesNotContinue(@TempDir Path dir) throws Exception {
        copy("proposal/ws530-proposal.txt", dir.resolve("proposal.txt"));
        Files.writeString(dir.resolve("transcript.txt"), "IGF 2022 Day 4 Town Hall #110 Connected things - RAW"
                + "\n\n***\n\n>> LUCIEN CASTEX:  Welcome.\n");

        Session session = reader.read("ws530", dir);

        assertThat(session.info().title()).isEqualTo("Security meets Responsibility: connected everything’s resili");
    }

    @Test
    void keepsTheNumberASessionRanUnderWhenItDiffersFromThePage(@TempDir Path dir) throws Exception {
        copy("proposal/ws530-proposal.txt", dir.resolve("proposal.txt"));
        Files.writeString(dir.resolve("transcript.txt"), "IGF 2022 Day 4 Town Hall #110 Security meets "
                + "Responsibility - RAW\n\n***\n\n>> LUCIEN CASTEX:  Welcome.\n");

        Session session = reader.read("ws530", dir);

        assertThat(session.info().code()).isEqualTo("IGF 2022 WS #530");
        assertThat(session.info().otherCodes()).containsExactly("IGF 2022 Town Hall #110");
        assertThat(session.turns()).extracting(Turn::speaker).containsExactly("Lucien M. Castex");
    }

    /** A caption header naming the page's number without the year and forum is the same session, not another. */
    @Test
    void aNumberNamedWithoutItsYearIsThePagesOwn(@TempDir Path dir) throws Exception {
        copy("proposal/ws530-proposal.txt", dir.resolve("proposal.txt"));
        Files.writeString(dir.resolve("transcript.txt"), "WS #530 SECURITY MEETS RESPONSIBILITY - RAW"
                + "\n\n***\n\n>> LUCIEN CASTEX:  Welcome.\n");

        Session session = reader.read("ws530", dir);

        assertThat(session.info().code()).isEqualTo("IGF 2022 WS #530");
        assertThat(session.info().otherCodes()).isEmpty();
    }

    @Test
    void withoutASessionPageTheSessionIsTitledByItsId(@TempDir Path dir) throws Exception {
        copy("transcript/cart.docx", dir.resolve("captions.docx"));

        Session session = reader.read("ws99", dir);

        assertThat(session.info()).isEqualTo(SessionInfo.untitled("ws99"));
        assertThat(session.turns()).hasSize(12);
        assertThat(session.turns()).extracting(Turn::speaker).containsExactly("Unnamed participant 1",
                "Nomvula Dlamini", "Tendai Moyo", "Tendai Moyo", "Grace Odhiambo", "Priya Sharma", "Nomvula Dlamini",
                "Ibrahim Sow", "Online Moderator", "Unnamed participant 2", "Unnamed participant 3",
                "Nomvula Dlamini");
        assertThat(session.people()).extracting(Person::name).containsExactly("Unnamed participant 1",
                "Nomvula Dlamini", "Tendai Moyo", "Grace Odhiambo", "Priya Sharma", "Ibrahim Sow", "Online Moderator",
                "Unnamed participant 2", "Unnamed participant 3");
        assertThat(session.warnings()).satisfiesExactly(
                w -> assertThat(w).isEqualTo(
                        "no session page (proposal) found: title, listed people and policy questions unknown"),
                w -> assertThat(w).startsWith("Some people spoke under a generic label without saying their name").contains(
                        "Unnamed participant 2 (\"AUDIENCE MEMBER\", captions.docx line"));
    }

    @Test
    void ofTwoTranscriptsTheLongerIsUsedAndTheOtherNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-short.txt"), ">> MODERATOR:  Welcome.\n>> MODERATOR:  Bye.\n");
        copy("transcript/cart.html", dir.resolve("b-long.html"));
        copy("proposal/ws530-proposal.txt", dir.resolve("proposal.txt"));

        Session session = reader.read("two", dir);

        assertThat(session.turns()).hasSize(12).allSatisfy(t -> assertThat(t.file()).isEqualTo("b-long.html"));
        assertThat(session.sources()).extracting(SourceFile::file).containsExactly("b-long.html", "proposal.txt");
        assertThat(session.warnings()).satisfiesExactly(
                w -> assertThat(w).isEqualTo(
                        "2 transcripts: using b-long.html (12 turns, the most); ignored a-short.txt (2 turns)"),
                w -> assertThat(w).startsWith("Some people spoke under a generic label without saying their name").contains(
                        "Unnamed participant 2 (\"AUDIENCE MEMBER\", b-long.html line"),
                // this transcript's panel is not the page's: every voice named only as labelled is said so
                w -> assertThat(w).startsWith("Speakers not listed on the session page are named as the transcript "
                        + "labels them: Tendai Moyo (\"TENDAI MOYO\", b-long.html line 9); Grace Odhiambo"),
                // and the page's panel is heard nowhere in it
                w -> assertThat(w).isEqualTo("Listed as speakers on the session page but heard nowhere in the "
                        + "transcript: Rayna Stamboliyska, Jean-Jacques Sahel, Claire Mélanie Popineau. Check "
                        + "whether they took part."),
                // a voice giving another name under the role the page gives someone is who it says it is
                w -> assertThat(w).contains("\"MODERATOR\" are taken to be Nomvula Dlamini's")
                        .contains("not Lucien M. Castex's"),
                w -> assertThat(w).contains("\"CHAIR\" was taken to be Lucien M. Castex"));
    }

    @Test
    void chatsOfSeveralFilesAreNumberedOnAndRepliesKeepTheirTargets(@TempDir Path dir) throws Exception {
        copy("transcript/cart.txt", dir.resolve("transcript.txt"));
        copy("chat/zoom-cloud.txt", dir.resolve("chat-a.txt"));
        copy("chat/zoom-mid2021.txt", dir.resolve("chat-b.txt"));

        List<ChatMessage> chat = reader.read("s", dir).chat();

        assertThat(chat).hasSize(12);
        assertThat(chat).extracting(ChatMessage::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(chat).filteredOn(m -> m.replyTo() != null)
                .extracting(ChatMessage::text, m -> chat.get(m.replyTo()).text())
                .containsExactly(
                        pair("I disagree with the first point", "A long comment:\nfirst point\n\nsecond point"),
                        pair("The community pays, mostly", "Question for Ana (and all): what next?"),
                        pair("Hi from Nairobi", "Welcome, everyone. Please introduce yourselves\nin the chat."),
                        pair("Welcome Lucien", "Lucien, AFNIC, Paris"));
        assertThat(chat.get(10)).extracting(ChatMessage::file, ChatMessage::replyTo, ChatMessage::reactions)
                .containsExactly("chat-b.txt", 7, 1);
        assertThat(chat.get(0).reactions()).isEqualTo(1);
    }

    @Test
    void aFolderWithoutTranscriptFailsNamingTheFolderAndWhatItHeld(@TempDir Path dir) throws Exception {
        copy("proposal/ws530-proposal.txt", dir.resolve("proposal.txt"));
        Files.write(dir.resolve("transcript.txt"), new byte[0]);
        Files.write(dir.resolve("transcript.bin"), BINARY);

        assertThatThrownBy(() -> reader.read("s", dir)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.file()).isEqualTo("transcript.bin");
            assertThat(e.reason()).isEqualTo("no transcript could be read from the 3 file(s) of the session ("
                    + "transcript.bin: not a recognised input (type application/octet-stream); skipped; "
                    + "transcript.txt: empty file; skipped)");
        });
    }

    @Test
    void aTranscriptThatCannotBeReadFailsTheSessionNamingTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("transcript.txt"), "Town Hall #110 - RAW\n\nThe following are the outputs of "
                + "the captioning taken during an IGF intervention.\n\n***\n");

        assertThatThrownBy(() -> reader.read("s", dir)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.file()).isEqualTo("transcript.txt");
            assertThat(e.reason()).contains("no speaker marker");
        });
    }

    @Test
    void aBrokenFileBesideTheTranscriptIsAWarning(@TempDir Path dir) throws Exception {
        copy("transcript/cart.txt", dir.resolve("transcript.txt"));
        Files.writeString(dir.resolve("notes.txt"), "RAW COPY\n\nCaption First, Inc.\n");

        Session session = reader.read("s", dir);

        assertThat(session.turns()).hasSize(12);
        assertThat(session.warnings()).startsWith(
                "notes.txt: no speaker marker (\">>\") found: not a caption transcript");
    }

    @Test
    void aMissingOrEmptyFolderIsAnInputError(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("nowhere");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(empty.resolve(".hidden"), "x");

        assertThatThrownBy(() -> reader.read("x", missing)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.getMessage()).isEqualTo(missing + ": no such session folder"));
        assertThatThrownBy(() -> reader.read("x", empty)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.getMessage()).isEqualTo(empty + ": the session folder holds no input files"));
    }

    @Test
    void recognisesSessionFolders(@TempDir Path dir) throws Exception {
        Path session = Files.createDirectory(dir.resolve("ws530"));
        Files.writeString(session.resolve("transcript.txt"), ">> A: b\n");
        Path readmeOnly = Files.createDirectory(dir.resolve("docs"));
        Files.writeString(readmeOnly.resolve("README.md"), "# notes\n");
        Path reference = Files.createDirectory(dir.resolve("ws530.reference"));
        Files.writeString(reference.resolve("summary.txt"), "A summary.\n");

        Path notesOnly = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notesOnly.resolve("todo.txt"), "Ask the organisers for the chat export.\n");

        assertThat(reader.hasRecognisedInput(session)).isTrue();
        assertThat(reader.hasRecognisedInput(readmeOnly)).isFalse();
        assertThat(reader.hasRecognisedInput(notesOnly)).isFalse();
        assertThat(reader.hasRecognisedInput(reference)).isFalse();
        assertThat(reader.hasRecognisedInput(session.resolve("transcript.txt"))).isFalse();
        assertThat(reader.hasRecognisedInput(dir.resolve("missing"))).isFalse();
    }

    private static org.assertj.core.groups.Tuple pair(Object a, Object b) {
        return org.assertj.core.groups.Tuple.tuple(a, b);
    }
}
