package org.rapporteur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.rapporteur.HandMadeSession.list;
import static org.rapporteur.HandMadeSession.strings;
import static org.rapporteur.HandMadeSession.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The facts of a second session the rules were not written on (src/test/resources/sessions/public-algorithms),
 * shaped unlike the first: an IGF main session as an Otter text export whose voices are "Unknown Speaker" and
 * numbered labels ("Speaker 7"), an online participant given the floor by the online moderator who comes back with
 * a follow-up, a remote hub said to be connected on Zoom, a second hub counted in the chat, an academic from the
 * floor, a Zoom chat with reply threads (a panellist's answer, a "+1", a housekeeping reply), a Zoom poll report
 * and a participants report. Each assertion failed on the first run of the job over it.
 */
class MainSessionFactsTest {

    private static final String SESSION = "public-algorithms";

    @TempDir
    static Path tmp;

    private static HandMadeSession run;

    @BeforeAll
    static void runTheJob() throws IOException {
        run = HandMadeSession.run(SESSION, tmp);
    }

    @Test
    void everyInputIsReadAndEveryQuoteIsVerbatim() throws IOException {
        assertThat(list(run.report().get("sources")).stream().map(s -> s.get("file").asString() + " "
                + s.get("format").asString())).containsExactly("chat.txt zoom-chat-cloud",
                "participants.csv zoom-participants", "poll-report.csv zoom-poll-2021", "proposal.txt igf-proposal",
                "transcript.txt otter-txt");
        assertThat(new EvidenceCheck(run.folder()).verify(run.report())).isPositive();
    }

    /** Numbered voices are one voice each and take the name it gives; "Speaker 8" is not "Speaker 7". */
    @Test
    void numberedAndUnknownVoicesAreThePeopleWhoSaidWhoTheyAre() {
        List<JsonNode> people = list(run.report().get("people"));
        assertThat(people).extracting(p -> p.get("name").asString(), p -> strings(p.get("aliases")),
                        p -> text(p.get("stakeholderGroup")), p -> text(p.get("region")))
                .contains(
                        // "I teach at Makerere University in Kampala": the technical and academic community
                        tuple("Grace Nakato", List.of("Unknown Speaker"), "Technical Community", "African Group"),
                        tuple("Tiago Mendes", List.of("Speaker 7"), "Civil Society",
                                "Latin American and Caribbean Group (GRULAC)"),
                        // "I'm a volunteer with the youth IGF in Nepal"
                        tuple("Bikash Thapa", List.of("Speaker 8"), "Civil Society", "Asia-Pacific Group"),
                        // "I'm Farah Siddiqui, from a non-profit in Karachi": the comma after the name
                        tuple("Farah Siddiqui", List.of("Unknown Speaker"), "Civil Society", "Asia-Pacific Group"),
                        tuple("Unnamed participant 1", List.of("Unknown Speaker"), null, null));
        assertThat(people).extracting(p -> p.get("name").asString()).doesNotContain("Speaker 7", "Speaker 8",
                "Unknown Speaker");
        // the sound check before Tiago's introduction and his late remark are his: 4 turns
        assertThat(list(run.report().get("participation").get("speakers")))
                .filteredOn(s -> s.get("name").asString().equals("Tiago Mendes"))
                .extracting(s -> s.get("turns").asInt()).containsExactly(4);
    }

    @Test
    void eachQuestionHasItsAskerChannelReaderAndAnswer() {
        List<JsonNode> questions = list(run.report().get("questions"));
        assertThat(questions).extracting(q -> q.get("asker").asString(), q -> q.get("channel").asString(),
                        q -> text(q.get("relayedBy")), q -> q.get("answers").isEmpty() ? null
                                : q.get("answers").get(0).get("speaker").asString())
                .containsExactly(
                        tuple("Grace Nakato", "floor", null, "Nkechi Eze"),
                        // given the floor by the online moderator, and a follow-up handed over by the room's
                        tuple("Tiago Mendes", "online", null, "Oksana Melnyk"),
                        tuple("Tiago Mendes", "online", null, "Pieter de Vries"),
                        tuple("Unnamed participant 1", "floor", null, "Sunita Rao"),
                        tuple("Bikash Thapa", "hub", null, "Sunita Rao"),
                        tuple("Farah Siddiqui", "floor", null, "Nkechi Eze"),
                        tuple("Amal Haddad", "chat", "Aziz Rahmani", "Oksana Melnyk"),
                        // answered in the chat's reply thread by the panellist; Rahul's "+1" reply is no answer
                        tuple("Lucy Wanjiru", "chat", null, "Nkechi Eze"),
                        tuple("Rahul Menon", "chat", null, null));
        assertThat(questions.get(7).get("answers").get(0).get("evidence").get(0).get("source").asString())
                .isEqualTo("chat");
        assertThat(questions.get(8).get("answered")).isNull();
        // "Is the session recorded?" is housekeeping, and Lucy's read-out comment asks nothing
        assertThat(questions).extracting(q -> q.get("text").asString())
                .noneMatch(t -> t.contains("recorded") || t.contains("newspaper"));

        // the narrative's counts are the list's, channel by channel
        Map<String, Long> byChannel = questions.stream().collect(Collectors.groupingBy(
                q -> q.get("channel").asString(), Collectors.counting()));
        assertThat(byChannel).containsExactlyInAnyOrderEntriesOf(Map.of("floor", 3L, "online", 2L, "hub", 1L,
                "chat", 3L));
        assertThat(run.markdown()).contains("Participants also put questions to the panel: 3 questions were asked "
                + "from the floor, 2 by voice from online, 1 from a remote hub, 3 through the chat.");
    }

    /** Hand-overs, poll readings, introductions of others and the rapporteur's word are nobody's position. */
    @Test
    void thoseRunningTheSessionHoldNoPositions() {
        assertThat(list(run.report().get("positions"))).extracting(p -> p.get("speaker").asString())
                .doesNotContain("Aziz Rahmani", "Marisol Quintero", "Leon Hartmann");
    }

    @Test
    void pollsCountRespondents() {
        assertThat(list(run.report().get("polls"))).extracting(p -> p.get("title").asString(),
                        p -> p.get("responses").asInt())
                .containsExactly(tuple("Publishing algorithms", 41), tuple("Affected", 36));
    }

    /**
     * 120 said in the hall; online the export's 44 connections, the Kathmandu hub's 22 (said to be connected on
     * Zoom, so one of the 44 is theirs) and Shenzhen's 9 (typed from Chen Jing's connection): each hub's people
     * once, not also as a connection.
     */
    @Test
    void theParticipantEstimateCountsEachConnectedHubOnce() {
        JsonNode estimate = run.report().get("participation").get("estimate");
        assertThat(estimate.get("onsite").asInt()).isEqualTo(120);
        assertThat(estimate.get("online").asInt()).isEqualTo(44 - 2 + 22 + 9);
        assertThat(estimate.get("participants").asInt()).isEqualTo(193);
        assertThat(run.warnings()).filteredOn(w -> w.startsWith("The remote hub of")).satisfiesExactly(
                w -> assertThat(w).contains("Kathmandu hub", "Our hub in Kathmandu is connected on Zoom"),
                w -> assertThat(w).contains("Shenzhen", "\u201cChen Jing\u201d"));
    }

    /** "(she/her)" in a chat name, and the chair's "The lady at the microphone" and "The lady by the window". */
    @Test
    void womenAreCountedOnlyFromWhatWasStated() {
        JsonNode women = run.report().get("participation").get("womenAndGenderDiverse");
        assertThat(strings(women.get("people"))).containsExactly("Lucy Wanjiru", "Grace Nakato", "Farah Siddiqui");
        assertThat(women.get("atLeast").asInt()).isEqualTo(3);
    }

    @Test
    void instrumentsAreMergedAndPeopleAndPartsAreNoEntities() {
        List<JsonNode> entities = list(run.report().get("entities"));
        Map<String, JsonNode> byText = entities.stream().collect(Collectors.toMap(e -> e.get("text").asString(),
                Function.identity()));
        assertThat(byText).doesNotContainKeys("Article", "Tiago", "Tiago Mendes", "Bikash", "Speaker")
                .containsKeys("AI Act", "ISO/IEC 42001", "Data Protection Act");
        assertThat(strings(byText.get("GDPR").get("provisions"))).containsExactly("Article 22");
        // "the Framework Convention" is the Council of Europe's, the only convention named
        assertThat(entities).filteredOn(e -> e.get("text").asString().contains("Framework Convention")).singleElement()
                .satisfies(e -> assertThat(strings(e.get("forms"))).contains("Framework Convention"));
    }
}
