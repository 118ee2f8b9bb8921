package org.rapporteur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.rapporteur.HandMadeSession.list;
import static org.rapporteur.HandMadeSession.strings;
import static org.rapporteur.HandMadeSession.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The facts of a session the rules were not written on, checked as a rapporteur would check them
 * (src/test/resources/sessions/island-connectivity): an open forum recorded as a Zoom WebVTT whose online voices
 * are device labels ("iPhone de Ana", "Galaxy A52", "Conference Room B", "User 7") and whose room voices are a
 * captioner's markers (a misspelt name, AUDIENCE, PARTICIPANT, a bare "&gt;&gt;"), a panellist's display name garbled
 * by a wrong decoding, chat questions read out by the online moderator, housekeeping questions aloud and in the
 * chat, a panellist's rhetorical question, a Slido export with a word cloud, a Zoom participants report, a figure
 * said in the room and figures given from two remote hubs.
 */
class FreshSessionFactsTest {

    private static final String SESSION = "island-connectivity";

    @TempDir
    static Path tmp;

    private static Path folder;
    private static JsonNode report;
    private static String markdown;

    @BeforeAll
    static void runTheJob() throws IOException {
        HandMadeSession run = HandMadeSession.run(SESSION, tmp);
        folder = run.folder();
        report = run.report();
        markdown = run.markdown();
    }

    @Test
    void everyInputIsReadAndEveryQuoteIsVerbatim() throws IOException {
        assertThat(list(report.get("sources")).stream().map(s -> s.get("file").asString() + " "
                + s.get("format").asString() + " " + s.get("items").asInt())).containsExactly(
                "chat.txt zoom-chat-2021 18",
                "polls.csv slido-polls 3",
                "proposal.txt igf-proposal 7",
                "transcript.vtt zoom-vtt 66",
                "zoom-participants.csv zoom-participants 29");
        assertThat(new EvidenceCheck(folder).verify(report)).isPositive();
    }

    @Test
    void devicesMarkersAndGarbledOrMisspeltLabelsResolveToThePeopleWhoSpoke() {
        assertThat(list(report.get("people"))).extracting(p -> p.get("name").asString(), this::aliases)
                .contains(
                        tuple("Siosaia Vaipulu", List.of("SIOSAIA VAIPOLU")),
                        tuple("Hyun-woo Park", List.of("HYUN-WOO PARK")),
                        tuple("Ana Lúcia Ferreira", List.of("iPhone de Ana")),
                        tuple("Noémie Laforêt", List.of("NoÃ©mie LaforÃªt")),
                        tuple("Losaline Taufa", List.of("LOSALINE TAUFA")),
                        tuple("Farida Haidari", List.of("AUDIENCE")),
                        tuple("Unnamed participant 1", List.of("PARTICIPANT")),
                        tuple("Mere Ratu", List.of("Conference Room B")),
                        tuple("Kwabena Owusu", List.of("Galaxy A52")),
                        tuple("Jonas Lindqvist", List.of("User 7")));
        // a device's first turn ("Hello, can you hear me?") is its voice's too, before the name is given
        assertThat(speakers()).extracting(s -> s.get("name").asString(), s -> s.get("turns").asInt()).contains(
                tuple("Kwabena Owusu", 2), tuple("Ana Lúcia Ferreira", 5), tuple("Mere Ratu", 2),
                tuple("Jonas Lindqvist", 2),
                // Farida is handed the floor back by name; the next voice under a generic marker is someone else
                tuple("Farida Haidari", 2), tuple("Unnamed participant 1", 1),
                // the bare marker asking for a microphone is a voice of its own, unnamed
                tuple("Unnamed participant 2", 1));
        assertThat(speakers()).extracting(s -> s.get("name").asString())
                .doesNotContain("Galaxy A52", "iPhone de Ana", "User 7", "Conference Room B", "Siosaia Vaipolu");
        assertThat(warnings()).noneMatch(w -> w.startsWith("Speakers not listed on the session page"));
        assertThat(warnings()).contains(
                "The speaker label \"SIOSAIA VAIPOLU\" was taken to be Siosaia Vaipulu, the one listed name it is a "
                        + "small misspelling of (transcript.vtt, line 36): check who spoke.",
                "The speaker label \"NoÃ©mie LaforÃªt\" has garbled letters; read as \"Noémie Laforêt\", it is Noémie "
                        + "Laforêt as listed (transcript.vtt, line 109).");
    }

    @Test
    void groupsAndRegionsComeFromWhatPeopleSaidOfThemselvesMarkedInferred() {
        assertThat(list(report.get("people"))).filteredOn(p -> p.get("roles").get(0).asString().equals("participant"))
                .extracting(p -> p.get("name").asString(), p -> text(p.get("stakeholderGroup")),
                        p -> text(p.get("region")), p -> strings(p.get("inferred")))
                .containsExactly(
                        // "a researcher at a university in Kabul": the IGF's technical and academic community
                        tuple("Farida Haidari", "Technical Community", "Asia-Pacific Group",
                                List.of("name", "stakeholderGroup", "region")),
                        tuple("Unnamed participant 1", "Civil Society", "Asia-Pacific Group",
                                List.of("stakeholderGroup", "region")),
                        tuple("Mere Ratu", "Civil Society", "Asia-Pacific Group",
                                List.of("name", "stakeholderGroup", "region")),
                        tuple("Kwabena Owusu", "Government", "African Group",
                                List.of("name", "stakeholderGroup", "region")),
                        tuple("Jonas Lindqvist", "Private Sector", "Western European and Others Group (WEOG)",
                                List.of("name", "stakeholderGroup", "region")),
                        tuple("Unnamed participant 2", null, null, List.of()));
        assertThat(warnings()).contains("Kwabena Owusu: the name, the stakeholder group (Government), the UN regional "
                + "group (African Group) taken from what they said of themselves (transcript.vtt, line 337), not from "
                + "the session page: check it.");
    }

    @Test
    void questionsAreTheAudiencesWithWhoReadThemOutAndWhoAnswered() {
        List<JsonNode> questions = list(report.get("questions"));
        assertThat(questions).extracting(q -> q.get("asker").asString(), q -> q.get("source").asString(),
                q -> text(q.get("relayedBy")), q -> q.get("answers").get(0).get("speaker").asString())
                .containsExactly(
                        tuple("Farida Haidari", "transcript", null, "Hyun-woo Park"),
                        tuple("Farida Haidari", "transcript", null, "Hyun-woo Park"),
                        // the chair hands it on ("Siosaia, does radio have a place in your plan?")
                        tuple("Unnamed participant 1", "transcript", null, "Siosaia Vaipulu"),
                        tuple("Mere Ratu", "transcript", null, "Ana Lúcia Ferreira"),
                        // asked by voice from online
                        tuple("Kwabena Owusu", "transcript", null, "Noémie Laforêt"),
                        tuple("Jonas Lindqvist", "transcript", null, "Siosaia Vaipulu"),
                        tuple("Leilani Kahale", "chat", "Henrik Aalto", "Siosaia Vaipulu"),
                        // read out without a relay phrase: the chair repeats the chat question and names its author
                        tuple("Oluwaseun Adebayo", "chat", "Henrik Aalto", "Noémie Laforêt"),
                        tuple("Marta Kowalczyk", "chat", "Henrik Aalto", "Hyun-woo Park"));
        assertThat(questions).allSatisfy(q -> assertThat(q.get("answered").asBoolean()).isTrue());
        // a chat question read out aloud is one question with both pieces of evidence
        assertThat(questions.get(7).get("evidence")).extracting(e -> e.get("file").asString() + ":"
                + e.get("line").asInt()).containsExactly("chat.txt:5", "transcript.vtt:167");
        String asked = questions.stream().map(q -> q.get("text").asString()).toList().toString();
        assertThat(asked).doesNotContain("hear", "microphone", "poll open", "slides", "Who pays when",
                "What did that outage teach");

        // each question's channel, as the transcript shows it: Kwabena and Jonas were given the floor by the
        // online moderator, Mere spoke from the Suva hub, the read-outs are the chat's
        assertThat(questions).extracting(q -> q.get("channel").asString()).containsExactly(
                "floor", "floor", "floor", "hub", "online", "online", "chat", "chat", "chat");
        assertThat(markdown).contains("3 questions were asked from the floor, 2 by voice from online, 1 from a "
                + "remote hub, 3 through the chat.");
        assertThat(markdown).contains("*Kwabena Owusu, by voice from online, answered*",
                "*Mere Ratu, from a remote hub, answered*", "*Farida Haidari, from the floor, answered*");
    }

    @Test
    void theOnlineModeratorsReadOutsAndPollReadingsAreNoPositionsOfHis() {
        assertThat(list(report.get("positions"))).extracting(p -> p.get("speaker").asString())
                .doesNotContain("Henrik Aalto");
        assertThat(markdown).doesNotContain("Henrik Aalto said that");
    }

    @Test
    void pollsCountRespondentsNeverWords() {
        List<JsonNode> polls = list(report.get("polls"));
        assertThat(polls).extracting(p -> p.get("type").asString(), p -> p.get("responses") == null)
                .containsExactly(tuple("word-cloud", true), tuple("multiple-choice", false), tuple("rating", false));
        assertThat(polls.get(1).get("responses").asInt()).isEqualTo(33);
        assertThat(polls.get(2).get("responses").asInt()).isEqualTo(31);
        assertThat(polls.get(2).get("mean").asDouble()).isCloseTo(75.0 / 31, org.assertj.core.data.Offset.offset(0.01));
        assertThat(warnings()).contains("polls.csv:2: poll \"Poll 1\" is a word-cloud: its 57 entries are words or "
                + "answers, not respondents, so the number of respondents is unknown");
    }

    @Test
    void theParticipantEstimateAddsTheRoomTheConnectionsAndTwoHubs() {
        JsonNode participation = report.get("participation");
        assertThat(participation.get("attendance").get("participants").asInt()).isEqualTo(27);
        JsonNode estimate = participation.get("estimate");
        // 35 said in the room (not at the hub the same sentence mentions), 27 connections, 18 in Suva, 6 in Apia;
        // the Suva hub followed through "Conference Room B" (its e-mail names Suva), Apia's 6 through Aroha
        // Ngata's connection, the one she wrote from: each hub's people once, not also as a connection
        assertThat(estimate.get("onsite").asInt()).isEqualTo(35);
        assertThat(estimate.get("online").asInt()).isEqualTo(27 - 2 + 18 + 6);
        assertThat(estimate.get("participants").asInt()).isEqualTo(84);
        assertThat(estimate.get("basis").asString()).contains("\u201cConference Room B\u201d, named after it",
                "\u201cAroha Ngata\u201d, under which it spoke or wrote");
        assertThat(list(estimate.get("evidence"))).extracting(e -> e.get("speaker").asString())
                .containsExactly("Losaline Taufa", "Mere Ratu", "Aroha Ngata");
        assertThat(warnings()).anySatisfy(w -> assertThat(w).startsWith("Participants at remote hubs: 18 ")
                .contains("6 (written in the chat at a remote hub"));

        JsonNode women = participation.get("womenAndGenderDiverse");
        assertThat(women.get("atLeast").asInt()).isEqualTo(2);
        assertThat(strings(women.get("people"))).containsExactly("Leilani Kahale", "Farida Haidari");
    }

    @Test
    void meetingToolsAndDeviceLabelsAreNoEntities() {
        assertThat(list(report.get("entities"))).extracting(e -> e.get("text").asString())
                .doesNotContain("Slido", "Galaxy", "User", "de Ana", "iPhone de Ana")
                .contains("Tampere Convention", "Suva");
    }

    private List<String> aliases(JsonNode person) {
        return strings(person.get("aliases"));
    }

    private static List<JsonNode> speakers() {
        return list(report.get("participation").get("speakers"));
    }

    private static List<String> warnings() {
        return strings(report.get("warnings"));
    }
}
