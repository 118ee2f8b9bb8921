package org.rapporteur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.report.SchemaValidation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole job over a session folder of platform exports, as a secretariat gets them: a Teams WebVTT
 * transcript, a Zoom cloud chat, a Zoom poll report, a Slido Q&amp;A export, a Zoom participants report and the
 * session page (fixtures in src/test/resources/sessions/local-languages). Then the same folder with an unknown
 * file and broken files beside it.
 */
class ExportsEndToEndTest {

    private static final String SESSION = "local-languages";
    /** The people of the fixtures: the Teams voices, the chat, the Slido askers and the participants report. */
    private static final List<String> SPEAKERS =
            List.of("Amina Yusuf", "Daniel Okafor", "Mei Lin Tan", "Tomás Herrera", "Priya Nair");

    @TempDir
    Path tmp;

    @Test
    void aFolderOfPlatformExportsGivesACompleteReport() throws IOException {
        Path folder = session();

        Run run = run(folder);

        assertThat(run.code).as(run.err).isZero();
        JsonNode report = report(run);
        // the fixture's transcript is a four-minute excerpt of a session planned for an hour; its participants
        // report holds the organisers' hosting account
        assertThat(list(report.get("warnings")).stream().map(JsonNode::asString)).containsExactly(
                "participants.csv: 1 row left out of the participant count, as accounts of those running the session"
                        + " (hosting, captioning, interpreting or a room's computer), not participants: IGF Host",
                "The session ran 4 minutes by the transcript's timings, but the session page says 60 minutes: check "
                        + "how long it ran.");
        assertThat(sources(report)).containsExactly(
                "chat.txt chat zoom-chat-cloud 8",
                "participants.csv attendance zoom-participants 12",
                "poll-report.csv poll zoom-poll-2021 2",
                "proposal.txt proposal igf-proposal 6",
                "slido-questions.csv qa slido-qa 3",
                "transcript.vtt transcript teams-vtt 17");

        JsonNode participation = report.get("participation");
        // the organisers' "IGF Host" account is no participant
        assertThat(participation.get("attendance").get("participants").asInt()).isEqualTo(10);
        assertThat(participation.get("attendance").get("source").asString()).isEqualTo("participants.csv");
        assertThat(participation.get("chat").get("messages").asInt()).isEqualTo(8);
        List<JsonNode> speakers = list(participation.get("speakers"));
        assertThat(speakers).extracting(s -> s.get("name").asString()).containsExactlyInAnyOrderElementsOf(SPEAKERS);
        for (JsonNode speaker : speakers) {
            assertThat(speaker.get("seconds").asDouble()).as(speaker.toString()).isPositive();
            assertThat(speaker.get("wordsPerMinute").asDouble()).as(speaker.toString()).isBetween(100.0, 220.0);
        }

        List<JsonNode> transcriptEvidence = evidence(report).stream()
                .filter(e -> e.get("file").asString().equals("transcript.vtt")).toList();
        assertThat(transcriptEvidence).isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("time").asString()).matches("00:0[0-3]:\\d{2}"));
        assertThat(new EvidenceCheck(folder).verify(report)).isPositive();

        List<JsonNode> qa = list(report.get("questions")).stream()
                .filter(q -> q.get("source").asString().equals("qa")).toList();
        assertThat(qa).extracting(q -> q.get("text").asString(), q -> q.get("answered").asBoolean(),
                q -> q.get("upvotes").asInt()).contains(
                org.assertj.core.groups.Tuple.tuple(
                        "Will the Quechua corpus be available for research outside Peru?", false, 5),
                org.assertj.core.groups.Tuple.tuple(
                        "Does an \"open licence\" include commercial use of the recordings?", false, 3));
        assertThat(list(report.get("questions"))).anySatisfy(q -> {
            assertThat(q.get("text").asString()).contains("pay the speakers of small languages");
            assertThat(q.get("answered").asBoolean()).isTrue();
            assertThat(q.get("upvotes").asInt()).isEqualTo(12);
        });

        List<JsonNode> polls = list(report.get("polls"));
        assertThat(polls).extracting(p -> p.get("question").asString()).containsExactly(
                "Is your first language supported by the apps you use every day?",
                "Who should pay for open language data?");
        assertThat(polls.get(1).get("responses").asInt()).isEqualTo(4);
        assertThat(polls.get(1).get("options").get(0).get("label").asString()).isEqualTo("Governments");
        assertThat(polls.get(1).get("options").get(0).get("votes").asInt()).isEqualTo(3);

        String text = Files.readString(out().resolve(SESSION).resolve("report.txt"));
        assertThat(text).contains("Kenji Sato, through the Q&A, answered, 12 upvotes");
        assertThat(Files.readString(out().resolve(SESSION).resolve("report.md"))).contains("5 upvotes");
        assertThat(Files.readString(out().resolve(SESSION).resolve("report.html"))).contains("3 upvotes");
    }

    @Test
    void anUnknownFileAndBrokenFilesAreWarningsBesideTheRestOfTheReport() throws IOException {
        Path folder = session();
        Files.write(folder.resolve("whiteboard.png"), png());
        Files.writeString(folder.resolve("notes.txt"), "Remember to send the slides to Jonas after the session.\n");
        byte[] workbook = resource("ingest/poll/slido-polls.xlsx");
        Files.write(folder.resolve("slido-polls.xlsx"), Arrays.copyOf(workbook, workbook.length / 2));
        List<String> vtt = new ArrayList<>(Files.readAllLines(folder.resolve("transcript.vtt")));
        int middle = vtt.indexOf("9c2e4b7a-51d3-4f0e-9a8b-2d6c1e7f3a90/16-0");
        vtt.addAll(middle, List.of("16-x", "00:01:3#.000 --> garbled", "<v Tom&#225;s Herrera>lost words", ""));
        Files.write(folder.resolve("transcript.vtt"), vtt);

        Run run = run(folder);

        assertThat(run.code).as(run.err).isZero();
        JsonNode report = report(run);
        List<String> warnings = list(report.get("warnings")).stream().map(JsonNode::asString).toList();
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("whiteboard.png: not a recognised input"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("notes.txt: not a recognised input"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("slido-polls.xlsx: "));
        assertThat(warnings).contains("transcript.vtt:" + (middle + 1) + ": no cue timing; skipped");
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("The session ran 4 minutes"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("participants.csv: 1 row left out"));
        assertThat(warnings).hasSize(6);
        assertThat(run.out).contains(SESSION + ": completed");

        assertThat(sources(report)).hasSize(6).contains("transcript.vtt transcript teams-vtt 17");
        assertThat(report.get("participation").get("attendance").get("participants").asInt()).isEqualTo(10);
        assertThat(report.get("polls")).hasSize(2);
        assertThat(list(report.get("questions"))).filteredOn(q -> q.get("source").asString().equals("qa"))
                .isNotEmpty();
        assertThat(report.toString()).doesNotContain("lost words");
        assertThat(new EvidenceCheck(folder).verify(report)).isPositive();
    }

    /** A copy of the fixture session in the temporary folder, so tests may add files to it. */
    private Path session() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("in").resolve(SESSION));
        try (Stream<Path> files = Files.list(resourcePath("sessions/" + SESSION))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        return folder;
    }

    private JsonNode report(Run run) throws IOException {
        String json = Files.readString(out().resolve(SESSION).resolve("report.json"));
        assertThat(SchemaValidation.errors(json)).as(run.err).isEmpty();
        return JsonMapper.shared().readTree(json);
    }

    private static List<String> sources(JsonNode report) {
        return list(report.get("sources")).stream().map(s -> s.get("file").asString() + " "
                + s.get("kind").asString() + " " + s.get("format").asString() + " " + s.get("items").asInt()).toList();
    }

    /** Every evidence item anywhere in the report. */
    private static List<JsonNode> evidence(JsonNode report) {
        List<JsonNode> found = new ArrayList<>();
        collect(report, found);
        return found;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isObject() && node.has("quote") && node.has("file")) {
            into.add(node);
        }
        for (JsonNode child : node) {
            collect(child, into);
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    /** The first bytes of a PNG image: signature and the start of its header chunk. */
    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = ExportsEndToEndTest.class.getResourceAsStream("/" + path)) {
            return in.readAllBytes();
        }
    }

    private static Path resourcePath(String path) {
        try {
            return Path.of(ExportsEndToEndTest.class.getResource("/" + path).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    private Path out() {
        return tmp.resolve("out");
    }

    private Run run(Path folder) {
        String[] args = {"--out", out().toString(), "--db", "jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath(),
                folder.toString()};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RapporteurApplication.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) {
    }
}
