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

class SubtitleReaderTest {

    private static final String U = SpeakerResolver.UNIDENTIFIED;

    private final SubtitleReader reader = new SubtitleReader();

    @Test
    void zoomCuesNameTheirSpeakerAndRunsOfOneSpeakerMakeOneTurn() throws Exception {
        SessionParts parts = read(reader, fixture("timed/zoom.vtt"), "zoom-vtt");
        String f = "zoom.vtt";

        assertThat(parts.turns).containsExactly(
                turn(0, "Ana Ruiz", f, 4.859, 10.02, new Passage(5, "Good morning, everyone, and welcome.", false, 4.859),
                        new Passage(9, "We start with a short poll.", false, 7.5)),
                turn(1, "Ruiz, Carlos (Guest)", f, 10.1, 12.0, new Passage(13, "Can you hear me?", false, 10.1),
                        new Passage(14, "The line is bad here.", false, 10.1)),
                turn(2, "", f, 12.0, 12.0, new Passage(18, "Note: this cue is empty of speakers.", false, 12.0)),
                turn(3, "Ana Ruiz", f, 13.25, 15.0, new Passage(22, "Yes, we hear you.", false, 13.25)));
        assertThat(parts.sources).containsExactly(new SourceFile(f, SourceKind.TRANSCRIPT, "zoom-vtt", 4));
    }

    @Test
    void teamsVoicesWithEntitiesMissingEndTagsSharedAndOverlappingCues() throws Exception {
        SessionParts parts = read(reader, fixture("timed/teams.vtt"), "teams-vtt");
        String f = "teams.vtt";

        assertThat(parts.turns).containsExactly(
                turn(0, "Carlos Farías", f, 1.2, 6.1, new Passage(5, "Buenos días, good morning to all.", false, 1.2),
                        new Passage(9, "Let us begin.", false, 4.8)),
                turn(1, "Mei Tanaka", f, 5.9, 8.0, new Passage(13, "Thank you, Carlos.", false, 5.9)),
                turn(2, "Carlos Farías", f, 5.9, 8.0, new Passage(13, "Please go ahead.", false, 5.9)),
                turn(3, "Mei Tanaka", f, 8.0, 11.5,
                        new Passage(20, "Our first finding: connectivity is <still> expensive.", false, 8.0)));
        assertThat(parts.warnings).isEmpty();
    }

    @Test
    void webexNamesTheSpeakerInTheCueId() throws Exception {
        SessionParts parts = read(reader, fixture("timed/webex.vtt"), "webex-vtt");
        String f = "webex.vtt";

        assertThat(parts.turns).containsExactly(
                at(3, turn(0, "Ana Ruiz", f, 0.0, 5.0, new Passage(5, "Hello and welcome to the session.", false, 0.0),
                        new Passage(9, "Our speakers are online.", false, 3.48))),
                turn(1, "", f, 5.1, 6.0, new Passage(13, "Can you hear me?", false, 5.1)),
                at(15, turn(2, "Kwame Mensah", f, 6.2, 9.9, new Passage(17, "Yes. Thank you, Ana.", false, 6.2))));
    }

    @Test
    void youtubeRollingCuesAreReadOnceAndVoiceChangesStartTurns() throws Exception {
        SessionParts parts = read(reader, fixture("timed/youtube.vtt"), "youtube-vtt");
        String f = "youtube.vtt";

        assertThat(parts.turns).containsExactly(
                turn(0, "", f, 0.0, 5.0, new Passage(7, "hello everyone and", false, 0.0),
                        new Passage(15, "welcome to the forum", true, 2.76)),
                turn(1, "", f, 5.01, 8.0, new Passage(23, "thank you chair", true, 5.01)));
    }

    /** Captions uploaded to YouTube with names at each change of voice: the cues after a name are that speaker's. */
    @Test
    void youtubeCaptionsNamingASpeakerAtEachChangeGoOnWithThatSpeaker(@TempDir Path dir) throws Exception {
        String vtt = "WEBVTT\nKind: captions\nLanguage: en\n\n00:00:01.000 --> 00:00:03.000\n>> Ana Ruiz: Welcome, everyone.\n\n"
                + "00:00:03.000 --> 00:00:05.000\nWe start with the panel.\n\n00:00:05.500 --> 00:00:07.000\n"
                + ">> Kwame Mensah: Thank you, Ana.\n\n00:00:07.000 --> 00:00:08.000\nI will be brief.\n\n"
                + "00:00:08.500 --> 00:00:09.000\n>> Can you hear me?\n\n00:00:09.000 --> 00:00:10.000\nI am online.\n";
        String f = "named.vtt";
        SessionParts parts = read(reader, Exports.write(dir, f, vtt.getBytes(StandardCharsets.UTF_8)), "youtube-vtt");

        assertThat(parts.turns).extracting(Turn::label).containsExactly("Ana Ruiz", "Kwame Mensah", "");
        assertThat(parts.turns.get(1).passages()).extracting(Passage::text)
                .containsExactly("Thank you, Ana.", "I will be brief.");
        assertThat(parts.turns.get(2).passages()).extracting(Passage::text)
                .containsExactly("Can you hear me?", "I am online.");
    }

    /**
     * Automatic captions without punctuation: a pause of a second or more between the starts of two timed words, in
     * a line or across cues, starts a passage where a sentence starts; shorter gaps do not. Punctuated captions keep
     * their marks as the sentence ends, and no pause is marked.
     */
    @Test
    void unpunctuatedWordTimedCaptionsStartASentenceAtEachLongPause(@TempDir Path dir) throws Exception {
        String words = "so<00:00:00.400><c> we</c><00:00:00.700><c> agree</c><00:00:02.100><c> the</c>"
                + "<00:00:02.400><c> next</c><00:00:02.700><c> point</c>";
        String vtt = "WEBVTT\nKind: captions\nLanguage: en\n\n00:00:00.000 --> 00:00:03.000 align:start position:0%\n \n"
                + words + "\n\n00:00:03.000 --> 00:00:03.010 align:start position:0%\nso we agree the next point\n \n\n"
                + "00:00:03.010 --> 00:00:05.000 align:start position:0%\nso we agree the next point\n"
                + "is<00:00:03.300><c> money</c>\n\n00:00:05.000 --> 00:00:06.000 align:start position:0%\nis money\n"
                + "and<00:00:05.300><c> time</c>";
        SessionParts parts = read(reader, Exports.write(dir, "auto.vtt", vtt.getBytes(StandardCharsets.UTF_8)),
                "youtube-vtt");

        assertThat(parts.turns).singleElement().satisfies(t -> assertThat(t.passages()).containsExactly(
                new Passage(7, "so we agree", false, 0.0), new Passage(7, "the next point", true, 2.1),
                new Passage(15, "is money", false, 3.01), new Passage(19, "and time", true, 5.0)));

        String marked = vtt;
        for (String w : List.of("agree", "point", "money", "time")) {
            marked = marked.replace("<c> " + w + "</c>", "<c> " + w + ".</c>");
        }
        SessionParts punctuated = read(reader, Exports.write(dir, "marked.vtt", marked.getBytes(StandardCharsets.UTF_8)),
                "youtube-vtt");
        assertThat(punctuated.turns).singleElement().satisfies(t -> assertThat(t.passages())
                .hasSizeGreaterThan(2).noneMatch(Passage::pauseBefore));
    }

    @Test
    void srtWithBomCrlfGapsInNumberingAndSpeakersNamedAtChanges() throws Exception {
        SessionParts parts = read(reader, fixture("timed/captions.srt"), "srt");
        String f = "captions.srt";

        assertThat(parts.turns).containsExactly(
                turn(0, "Ana Ruiz", f, 1.0, 6.0, new Passage(3, "Welcome to the open forum.", false, 1.0),
                        new Passage(7, "Thank you for coming.", false, 4.5)),
                turn(1, "Kwame Mensah", f, 6.5, 9.25, new Passage(11, "Thank you, Ana.", false, 6.5),
                        new Passage(12, "We can start.", false, 6.5)),
                turn(2, "", f, 9.3, 10.0, new Passage(16, "Is the room ready?", false, 9.3)));
    }

    @Test
    void cuesWithoutHoursSettingsAndBrokenBlocks(@TempDir Path dir) throws Exception {
        String vtt = "WEBVTT\r\n\r\nSTYLE\r\n::cue { color: white }\r\n\r\n00:01.000 --> 00:02.500 line:90%\r\n"
                + "Lena Hoffmann: Short one.\r\n\r\nthis block has no timing\r\n\r\n01:00:00.000 --> 01:00:01.000\r\n"
                + "Lena Hoffmann: An hour later.";
        InputFile file = Exports.write(dir, "plain.vtt", vtt.getBytes(StandardCharsets.UTF_8));

        SessionParts parts = read(reader, file, "zoom-vtt");

        assertThat(parts.turns).containsExactly(turn(0, "Lena Hoffmann", "plain.vtt", 1.0, 3601.0,
                new Passage(7, "Short one.", false, 1.0), new Passage(12, "An hour later.", false, 3600.0)));
        assertThat(parts.warnings).containsExactly("plain.vtt:9: no cue timing; skipped");
    }

    @Test
    void aDeviceNameInCamelCaseIsASpeakerButAWordInLowerCaseIsNot(@TempDir Path dir) throws Exception {
        String vtt = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\niPhone de Ana: Can you hear me?\n\n"
                + "2\n00:00:02.500 --> 00:00:04.000\niPhone de Ana: The point is: it works.\n\n"
                + "3\n00:00:04.500 --> 00:00:06.000\nGalaxy A52: Yes.\n\n"
                + "4\n00:00:06.500 --> 00:00:08.000\nso the plan is: two routes.\n";
        InputFile file = Exports.write(dir, "devices.vtt", vtt.getBytes(StandardCharsets.UTF_8));

        SessionParts parts = read(reader, file, "zoom-vtt");

        assertThat(parts.turns).extracting(Turn::label).containsExactly("iPhone de Ana", "Galaxy A52", "");
        assertThat(parts.turns.get(2).passages()).containsExactly(new Passage(17, "so the plan is: two routes.", false, 6.5));
    }

    /**
     * A "&gt;&gt;" opening a Webex cue marks another voice on the same connection (a hub's): a new turn under the
     * same label, which the next cue of that connection goes on; a "&gt;&gt;" in a cue without an id is nobody's.
     */
    @Test
    void aChangeOfVoiceUnderAWebexIdKeepsTheConnectionAndStartsATurn(@TempDir Path dir) throws Exception {
        String vtt = "WEBVTT\n\n1 \"Kampala Hub\" (405)\n00:00:01.000 --> 00:00:02.000\nThis is Brenda, at the hub.\n\n"
                + "2 \"Kampala Hub\" (405)\n00:00:02.500 --> 00:00:04.000\n"
                + ">> Hello. My question is on sign language.\n\n"
                + "3 \"Kampala Hub\" (405)\n00:00:04.500 --> 00:00:06.000\nShould the standard say how big?\n\n"
                + "00:00:06.500 --> 00:00:08.000\n>> Thank you.\n";
        InputFile file = Exports.write(dir, "hub.vtt", vtt.getBytes(StandardCharsets.UTF_8));

        SessionParts parts = read(reader, file, "webex-vtt");

        assertThat(parts.turns).extracting(Turn::label).containsExactly("Kampala Hub", "Kampala Hub", "");
        assertThat(parts.turns.get(1).passages()).extracting(Passage::text).containsExactly(
                "Hello. My question is on sign language.", "Should the standard say how big?");
        assertThat(parts.turns.get(1).labelLine()).isEqualTo(7);
    }

    @Test
    void aDisplayNameWithItsOrganisationAndAMaskedPhoneNumberAreSpeakers(@TempDir Path dir) throws Exception {
        String vtt = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nMarek Nowak | HostPol: We host small sites.\n\n"
                + "2\n00:00:02.500 --> 00:00:04.000\n+254 *** *** 417: This is Grace, on the phone.\n\n"
                + "3\n00:00:04.500 --> 00:00:06.000\nthe choice | the cost: both matter.\n\n"
                + "4\n00:00:06.500 --> 00:00:08.000\nIn 2024 2025: two years.\n";
        InputFile file = Exports.write(dir, "labels.vtt", vtt.getBytes(StandardCharsets.UTF_8));

        SessionParts parts = read(reader, file, "zoom-vtt");

        // a separator between lower-case words, and a year, are no speaker
        assertThat(parts.turns).extracting(Turn::label).containsExactly("Marek Nowak | HostPol", "+254 *** *** 417",
                "");
        assertThat(parts.turns.get(2).passages()).extracting(Passage::text).containsExactly(
                "the choice | the cost: both matter.", "In 2024 2025: two years.");
    }

    @Test
    void detectsSubtitlesByContentOnly(@TempDir Path dir) throws Exception {
        assertThat(detect(reader, Exports.write(dir, "cues.txt",
                "WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n".getBytes(StandardCharsets.UTF_8)))).contains("vtt");
        assertThat(detect(reader, fixture("transcript/cart.txt"))).isEmpty();
        assertThat(detect(reader, Exports.write(dir, "film.srt", new byte[] {0, 1, 2}))).isEmpty();
        InputFile silent = Exports.write(dir, "silent.vtt", "WEBVTT\n\nNOTE nothing\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> reader.read(silent, "vtt", new SessionParts()))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("silent.vtt: no cue with text: nothing was said"));
    }

    @Test
    void readsTimestamps() {
        assertThat(TimedTurns.seconds("01:02:03.450")).isEqualTo(3723.45);
        assertThat(TimedTurns.seconds("02:03,5")).isEqualTo(123.5);
        assertThat(TimedTurns.seconds("0:03")).isEqualTo(3.0);
        assertThat(TimedTurns.seconds("1:02:03")).isEqualTo(3723.0);
        assertThat(TimedTurns.seconds("soon")).isNull();
    }

    /** The turn with its label on a line of its own (the cue id's). */
    private static Turn at(int labelLine, Turn t) {
        return new Turn(t.index(), t.label(), t.speaker(), t.file(), t.passages(), t.startSeconds(), t.endSeconds(),
                labelLine);
    }

    private static Turn turn(int index, String label, String file, double start, double end, Passage... passages) {
        return new Turn(index, label, label.isEmpty() ? U : label, file, List.of(passages), start, end);
    }
}
