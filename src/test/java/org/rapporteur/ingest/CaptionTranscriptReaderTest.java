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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapporteur.model.Passage;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;
import org.rapporteur.model.Text;
import org.rapporteur.model.Turn;

class CaptionTranscriptReaderTest {

    private static final String U = SpeakerResolver.UNIDENTIFIED;

    private final CaptionTranscriptReader reader = new CaptionTranscriptReader();

    /** cart.txt: BOM, CRLF, no final newline, header, chatter, bare markers, ">>NAME:", wraps, stage directions. */
    @Test
    void readsEveryEdgeCaseOfACaptionTranscript() throws Exception {
        SessionParts parts = read(reader, fixture("transcript/cart.txt"), "igf-cart");
        String f = "cart.txt";

        assertThat(parts.turns).containsExactly(
                turn(0, "", U, f, new Passage(10, "Hello?  Can you hear me online?")),
                turn(1, "MODERATOR", "MODERATOR", f,
                        new Passage(12, "Welcome, everyone, to this Open Forum on community networks.  "
                                + "My name is Nomvula Dlamini and I will moderate."),
                        new Passage(13, "We have three speakers with us today, two in the room and one online.")),
                turn(2, "TENDAI MOYO", "TENDAI MOYO", f,
                        new Passage(17, "Thank you, Chair.  In our district the mesh network reaches"),
                        new Passage(18, "eleven villages, and it is run by the people who use it.")),
                turn(3, "Tendai Moyo", "Tendai Moyo", f,
                        new Passage(20, "Sorry, my solar battery ‑‑ (inaudible) ‑‑ is low today.")),
                turn(4, "HON. GRACE ODHIAMBO", "HON. GRACE ODHIAMBO", f,
                        new Passage(22, "Thank you.  The multi‑stakeholder model works when the regulator listens.")),
                turn(5, "ATTENDEE", "ATTENDEE", f, new Passage(26,
                        "Thank you.  I'm Priya Sharma, from a university in Chennai.  What about spectrum fees?")),
                turn(6, "CHAIR", "CHAIR", f, new Passage(28, "Thank you, Priya.  Dr. Sow?")),
                turn(7, "DR. IBRAHIM SOW", "DR. IBRAHIM SOW", f,
                        new Passage(30, "Spectrum fees are a barrier: we should waive them.")),
                turn(8, "ONLINE MODERATOR", "ONLINE MODERATOR", f,
                        new Passage(34, "One question online, typed as <b>${fee}</b> in the chat.")),
                turn(9, "AUDIENCE MEMBER", "AUDIENCE MEMBER", f,
                        new Passage(36, "So the question is: who pays for the backhaul?")),
                turn(10, "", U, f, new Passage(37, "So the point is: the backhaul is the cost.")),
                turn(11, "MODERATOR", "MODERATOR", f, new Passage(39, "Thank you all.  We close here.")));
        assertThat(parts.sources).containsExactly(new SourceFile(f, SourceKind.TRANSCRIPT, "igf-cart", 12));
        assertThat(parts.sessionCodes).containsExactly("IGF 2023 Open Forum #57");
        assertThat(parts.warnings).isEmpty();
    }

    /**
     * The same transcript as a web page, a Word document and a PDF gives the same turns; lines are those of the
     * extracted text and each passage stands on its line there.
     */
    @ParameterizedTest
    @ValueSource(strings = {"cart.html", "cart.docx", "cart.pdf"})
    void readsTheSameTranscriptFromDocuments(String name) throws Exception {
        List<Turn> expected = read(reader, fixture("transcript/cart.txt"), "igf-cart").turns;
        InputFile file = fixture("transcript/" + name);

        List<Turn> turns = read(reader, file, "igf-cart").turns;

        assertThat(turns).extracting(Turn::label).containsExactlyElementsOf(
                expected.stream().map(Turn::label).toList());
        assertThat(turns).extracting(t -> Text.collapse(t.text())).containsExactlyElementsOf(
                expected.stream().map(t -> Text.collapse(t.text())).toList());
        assertThat(turns).allSatisfy(t -> assertThat(t.file()).isEqualTo(name));
        List<String> lines = file.content().lines();
        assertThat(turns.stream().flatMap(t -> t.passages().stream()))
                .allSatisfy(p -> assertThat(lines.get(p.line() - 1)).contains(p.text()));
    }

    @Test
    void htmlLinesAreBlocksAndBreaksWithoutScripts() throws Exception {
        List<Turn> turns = read(reader, fixture("transcript/cart.html"), "igf-cart").turns;

        assertThat(turns.get(0).passages()).containsExactly(new Passage(5, "Hello? Can you hear me online?"));
        assertThat(turns.get(2).passages()).containsExactly(
                new Passage(9, "Thank you, Chair. In our district the mesh network reaches"),
                new Passage(10, "eleven villages, and it is run by the people who use it."));
        assertThat(turns).noneMatch(t -> t.text().contains("NOT A TURN"));
    }

    /**
     * A transcript page saved from the IGF website: menus, banner, share links, footer and cookie banner are page
     * chrome, not words of the last turn; a link inside a spoken line stays; the title gives the session code.
     */
    @Test
    void aTranscriptPageSavedFromTheWebsiteIsReadWithoutItsChrome() throws Exception {
        SessionParts parts = read(reader, fixture("transcript/website.html"), "igf-cart");

        assertThat(detect(reader, fixture("transcript/website.html"))).contains("igf-cart");
        assertThat(parts.turns).extracting(Turn::label).containsExactly("ANA RUIZ", "", "ANA RUIZ");
        assertThat(parts.turns.get(0).text()).isEqualTo("Good morning. Our report is at example.org, we’ll start.");
        assertThat(parts.turns.get(2).passages()).containsExactly(new Passage(7, "Thank you, Lagos. We close here."));
        assertThat(parts.sessionCodes).containsExactly("IGF 2026 WS #12");
    }

    /** Without a main element, the page's navigation, footer and dialogs are still no text of the document. */
    @Test
    void aPageWithoutMainLeavesOutItsNavigationFooterAndDialogs(@TempDir Path dir) throws Exception {
        InputFile page = Exports.write(dir, "page.html", """
                <html><body><nav><a href="/">Home</a> Menu</nav><header><p>Site banner</p></header>
                <p>&gt;&gt; ANA RUIZ: We close here.</p>
                <article><header><h1>Kept title</h1></header></article>
                <footer><p>Contact us</p></footer><div role="dialog"><p>We use cookies</p></div></body></html>
                """.getBytes(StandardCharsets.UTF_8));

        List<String> lines = page.content().lines();

        assertThat(lines).containsExactly(">> ANA RUIZ: We close here.", "Kept title");
    }

    @Test
    void readsTheCaptionFirstHeaderHardWrapsAndTrailingDisclaimer(@TempDir Path dir) throws Exception {
        String text = """
                RAW COPY
                IGF 2023 OPEN FORUM #12
                SERVICES PROVIDED BY:
                Caption First, Inc.
                www.captionfirst.com

                ***
                This text, document, or file is based on live transcription.  Communication Access Realtime
                Translation (CART), captioning, and/or live transcription are provided in order to facilitate
                communication accessibility and may not be a totally verbatim record of the proceedings.
                ***

                >> CHAIR ESTERHUYSEN:  Good afternoon.  We are starting
                a little late, the previous session
                ran over.
                (Pause).
                >> SPEAKER:  Thank you.

                This text, document, or file is based on live transcription and may not be a totally verbatim
                record of the proceedings.
                """;
        InputFile file = Exports.write(dir, "un.txt", text.getBytes(StandardCharsets.UTF_8));

        SessionParts parts = read(reader, file, "un-cart");

        assertThat(parts.turns).containsExactly(
                turn(0, "CHAIR ESTERHUYSEN", "CHAIR ESTERHUYSEN", "un.txt",
                        new Passage(13, "Good afternoon.  We are starting"),
                        new Passage(14, "a little late, the previous session"),
                        new Passage(15, "ran over.")),
                turn(1, "SPEAKER", "SPEAKER", "un.txt", new Passage(17, "Thank you.")));
        assertThat(parts.sources).containsExactly(new SourceFile("un.txt", SourceKind.TRANSCRIPT, "un-cart", 2));
    }

    @Test
    void aTranscriptWithoutMarkersOrWordsCannotBeRead(@TempDir Path dir) {
        InputFile headerOnly = Exports.write(dir, "raw.txt", ("Open Forum #12 - RAW\n\nThe following are the outputs"
                + " of the captioning taken during an IGF intervention.\n***\n").getBytes(StandardCharsets.UTF_8));
        InputFile markersOnly = Exports.write(dir, "off.txt", ">> (Off mic)\n\n>> MODERATOR:\n(Applause)\n"
                .getBytes(StandardCharsets.UTF_8));
        InputFile blank = Exports.write(dir, "blank.txt", "\r\n  \r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(detect(reader, headerOnly)).contains("igf-cart");
        assertThatThrownBy(() -> reader.read(headerOnly, "igf-cart", new SessionParts()))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.file()).isEqualTo("raw.txt");
                    assertThat(e.reason()).isEqualTo("no speaker marker (\">>\") found: not a caption transcript");
                });
        assertThatThrownBy(() -> reader.read(markersOnly, "igf-cart", new SessionParts()))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.reason()).isEqualTo("speaker markers but no spoken text"));
        assertThatThrownBy(() -> reader.read(blank, "igf-cart", new SessionParts()))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("blank.txt: the transcript is empty"));
    }

    @Test
    void detectsNeitherBinaryNorOtherTextFiles(@TempDir Path dir) {
        byte[] binary = {0x00, 0x01, '>', '>', ' ', 'A', ':', 0x00, (byte) 0xFF, 0x10};
        assertThat(detect(reader, Exports.write(dir, "transcript.txt", binary))).isEmpty();
        assertThat(detect(reader, Exports.write(dir, "empty.txt", new byte[0]))).isEmpty();
        assertThat(detect(reader, fixture("proposal/ws530-proposal.txt"))).isEmpty();
        assertThat(detect(reader, Exports.write(dir, "chat.txt", ("10:02:13\t From  Ana : >> quoting\n"
                + "10:02:40\t From  Bo : >> more\n10:03:00\t From  Ana : ok\n").getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
    }

    @Test
    void tellsSpeakerLabelsFromSpeech() {
        assertThat(List.of("LUCIEN CASTEX", "Samih Souissi", "HON. JUDY A. SGRO", "MR. CHRIS D'ENTREMONT",
                "Chris d'Entremont", "Maria de la Cruz", "Ramon dela Cruz", "MODERATOR (online)", "SPEAKER 2", "",
                "MICT Boardroom 2 (Windhoek)", "IGF Room 3 Hybrid"))
                .allMatch(CaptionTranscriptReader::isLabel);
        assertThat(List.of("So the point is", "Is it working?", "we agree", "2 things", "In 2024 2025", "One Two Three Four Five "
                + "Six Seven Eight Nine")).noneMatch(CaptionTranscriptReader::isLabel);
    }

    @Test
    void aTimeAfterTheColonIsSpeech(@TempDir Path dir) throws Exception {
        InputFile file = Exports.write(dir, "t.txt", ">> MODERATOR: Hello.\n>> At 10:30 we start.\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(read(reader, file, "igf-cart").turns).extracting(Turn::label).containsExactly("MODERATOR", "");
    }

    private static Turn turn(int index, String label, String speaker, String file, Passage... passages) {
        return new Turn(index, label, speaker, file, List.of(passages), null, null);
    }
}
