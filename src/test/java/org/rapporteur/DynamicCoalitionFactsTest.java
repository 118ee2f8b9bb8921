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
 * The facts of a third session the rules were not written on (src/test/resources/sessions/health-data-trust): a
 * Dynamic Coalition session in the common CART shape where most turns carry a bare {@code >>} or a generic marker
 * (SPEAKER, AUDIENCE, PARTICIPANT) and names appear only when people introduce themselves or the moderator hands
 * over; two moderators, a rapporteur, a participant speaking through an interpreter ({@code >> INTERPRETER:}),
 * a Zoom chat in the mid-2021 layout, a Zoom webinar attendee report, and Slido polls one row per answer with a
 * rating. Each assertion failed on the first run of the job over it, or pins a rule that made it right.
 */
class DynamicCoalitionFactsTest {

    private static final String SESSION = "health-data-trust";

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
                + s.get("format").asString())).containsExactly("attendees.csv zoom-attendees",
                "chat.txt zoom-chat-mid2021", "proposal.txt igf-proposal", "slido-polls.csv slido-polls",
                "transcript.txt igf-cart");
        assertThat(new EvidenceCheck(run.folder()).verify(run.report())).isPositive();
        assertThat(run.report().get("session").get("kind").asString()).isEqualTo("dynamic-coalition");
    }

    /** The attendee report's meeting block (58 minutes) says how long it ran, not the chat's 52-minute span. */
    @Test
    void theSessionRanAsLongAsTheAttendanceExportSays() {
        assertThat(run.report().get("session").get("actualMinutes").asDouble()).isEqualTo(58.0);
        assertThat(run.warnings()).noneMatch(w -> w.contains("How long the session ran"));
    }

    /**
     * The panellists speak under bare markers: each turn right after the chair gives them the floor by name is
     * theirs ("Helga, you build the apps ...", "Farhan?", "Irina first.", "Adjoa, please."), warned about; a bare
     * turn after a panellist, with no hand-over, is an unnamed voice of its own, never merged into anyone.
     */
    @Test
    void bareMarkersAreThePeopleTheChairGaveTheFloorTo() {
        Map<String, Integer> turns = list(run.report().get("participation").get("speakers")).stream()
                .collect(Collectors.toMap(s -> s.get("name").asString(), s -> s.get("turns").asInt()));
        assertThat(turns).containsEntry("Farhan Qureshi", 4).containsEntry("Helga Sørensen", 4)
                .containsEntry("Adjoa Mensah-Bonsu", 3).containsEntry("Irina Volkova", 5)
                .containsEntry("Moussa Keita", 2).doesNotContainKey("Unidentified speaker");
        // thirteen bare turns and one audience voice that gave no name: fourteen voices, each its own
        assertThat(turns.entrySet()).filteredOn(e -> e.getKey().startsWith("Unnamed participant ")).hasSize(14)
                .allSatisfy(e -> assertThat(e.getValue()).isEqualTo(1));
        assertThat(run.warnings()).anyMatch(w -> w.startsWith("Turns under a bare caption marker or a generic "
                + "label were taken to be the person the chair had just given the floor to by name: "
                + "Farhan Qureshi (4 turns), "
                + "Helga Sørensen (4 turns), Adjoa Mensah-Bonsu (3 turns)"));
    }

    /**
     * Listed people under their markers and roles; the people from the floor and online by their own
     * introductions ("Diego Paredes speaking, based in Quito", "I'm Tupou, a nurse here in Nuku'alofa"); the
     * interpreter is nobody: the words and the introduction are Moussa Keita's.
     */
    @Test
    void peopleGroupsRegionsAndAliases() {
        List<JsonNode> people = list(run.report().get("people"));
        assertThat(people).extracting(p -> p.get("name").asString(), p -> strings(p.get("aliases")),
                        p -> text(p.get("stakeholderGroup")), p -> text(p.get("region")))
                .contains(
                        tuple("Valentina Arbeláez", List.of("MODERATOR", "VALENTINA ARBELAEZ"), "Civil Society",
                                "Latin American and Caribbean Group (GRULAC)"),
                        tuple("Tobias Lindqvist", List.of("ONLINE MODERATOR"), "Technical Community",
                                "Western European and Others Group (WEOG)"),
                        tuple("Irina Volkova", List.of("SPEAKER"), "Intergovernmental Organization",
                                "Eastern European Group"),
                        tuple("Chiamaka Obi", List.of("RAPPORTEUR"), "Civil Society", "African Group"),
                        tuple("Esi Owusu", List.of("AUDIENCE"), "Civil Society", "African Group"),
                        tuple("Diego Paredes", List.of("PARTICIPANT"), "Private Sector",
                                "Latin American and Caribbean Group (GRULAC)"),
                        tuple("Moussa Keita", List.of("INTERPRETER"), "Government", "African Group"),
                        tuple("Tupou", List.of("AUDIENCE"), null, "Asia-Pacific Group"),
                        // "I was in Nairobi last year": no introduction, no place
                        tuple("Unnamed participant 12", List.of("AUDIENCE"), null, null));
        assertThat(people).extracting(p -> p.get("name").asString())
                .doesNotContain("Interpreter", "Speaker", "Audience", "Participant");
    }

    @Test
    void eachQuestionHasItsAskerChannelReaderAndAnswers() {
        List<JsonNode> questions = list(run.report().get("questions"));
        assertThat(questions).extracting(q -> q.get("asker").asString(), q -> q.get("channel").asString(),
                        q -> text(q.get("relayedBy")), q -> list(q.get("answers")).stream()
                                .map(a -> a.get("speaker").asString()).toList())
                .containsExactly(
                        tuple("Esi Owusu", "floor", null, List.of("Farhan Qureshi")),
                        tuple("Diego Paredes", "online", null, List.of("Helga Sørensen")),
                        tuple("Diego Paredes", "online", null, List.of("Unnamed participant 6")),
                        // the chair's brief "Adjoa, please." keeps the exchange going
                        tuple("Moussa Keita", "floor", null, List.of("Irina Volkova", "Adjoa Mensah-Bonsu")),
                        tuple("Moussa Keita", "floor", null, List.of("Unnamed participant 8")),
                        tuple("Tupou", "floor", null, List.of("Unnamed participant 11")),
                        // answered by unnamed voices; the closing round's first word is no answer
                        tuple("Unnamed participant 12", "floor", null, List.of("Unnamed participant 13")),
                        tuple("Priya Menon", "chat", "Tobias Lindqvist",
                                List.of("Irina Volkova", "Unnamed participant 4")),
                        tuple("Lin Chen", "chat", "Tobias Lindqvist", List.of("Unnamed participant 9")),
                        tuple("Sami Haddad", "chat", null, List.of()));
        assertThat(questions.get(9).get("answered")).isNull();
        // housekeeping and a request for the floor are no questions; a comment read out asks nothing
        assertThat(questions).extracting(q -> q.get("text").asString()).noneMatch(t -> t.contains("poll")
                || t.contains("May I answer") || t.contains("slides") || t.contains("Data Protection Act"));

        Map<String, Long> byChannel = questions.stream().collect(Collectors.groupingBy(
                q -> q.get("channel").asString(), Collectors.counting()));
        assertThat(byChannel).containsExactlyInAnyOrderEntriesOf(Map.of("floor", 5L, "online", 2L, "chat", 3L));
        assertThat(run.markdown()).contains("Participants also put questions to the panel: 5 questions were asked "
                + "from the floor, 2 by voice from online, 3 through the chat.");
    }

    /**
     * The chair's introductions of the panel ("Farhan Qureshi leads the digital health unit ..."), the online
     * moderator's poll announcements and readings, and the rapporteur's word on the report are nobody's position.
     */
    @Test
    void thoseRunningTheSessionHoldNoPositions() {
        List<JsonNode> positions = list(run.report().get("positions"));
        assertThat(positions).extracting(p -> p.get("speaker").asString())
                .doesNotContain("Tobias Lindqvist", "Chiamaka Obi");
        assertThat(positions).flatExtracting(p -> list(p.get("points"))).extracting(p -> p.get("text").asString())
                .noneMatch(t -> t.contains("leads the digital health unit") || t.contains("teaches health")
                        || t.contains("joins us online") || t.contains("runs a company"));
    }

    @Test
    void pollsCountRespondentsAndTheRatingHasItsMean() {
        assertThat(list(run.report().get("polls"))).extracting(p -> p.get("title").asString(),
                        p -> p.get("type").asString(), p -> p.get("responses").asInt(),
                        p -> p.get("mean") == null ? null : p.get("mean").asDouble())
                .containsExactly(tuple("Poll 1", "rating", 33, 2.64), tuple("Poll 2", "multiple-choice", 30, null));
    }

    /**
     * "about 30 people here in the room" onsite; online the attendee report's connections, the room's own computer
     * ("IGF Host Room 4") left out: the 41 the online moderator said.
     */
    @Test
    void theParticipantEstimateTakesTheRoomAndTheExport() {
        JsonNode estimate = run.report().get("participation").get("estimate");
        assertThat(estimate.get("onsite").asInt()).isEqualTo(30);
        assertThat(estimate.get("basis").asString()).contains("attendance export (attendees.csv)");
        assertThat(run.report().get("participation").get("attendance").get("participants").asInt()).isEqualTo(41);
        assertThat(strings(run.report().get("warnings"))).anyMatch(w -> w.startsWith("attendees.csv: 1 row left out"
                + " of the participant count") && w.endsWith(": IGF Host Room 4"));
    }

    /** "(she/her)" in a chat name, "The lady in the second row", and the interpreted "Thank you, Madam Chair". */
    @Test
    void womenAreCountedOnlyFromWhatWasStated() {
        JsonNode women = run.report().get("participation").get("womenAndGenderDiverse");
        assertThat(strings(women.get("people"))).containsExactly("Priya Menon", "Esi Owusu", "Valentina Arbeláez");
        assertThat(women.get("atLeast").asInt()).isEqualTo(3);
    }

    @Test
    void instrumentsAreFoundAndPeopleAndPollsAreNoEntities() {
        Map<String, JsonNode> byText = list(run.report().get("entities")).stream().collect(Collectors.toMap(
                e -> e.get("text").asString(), Function.identity()));
        assertThat(byText).containsKeys("HL7 FHIR", "GDPR", "European Health Data Space Regulation",
                "WHO Global Strategy on Digital Health", "Data Protection Act of 2019");
        assertThat(byText.get("HL7 FHIR").get("mentions").asInt()).isEqualTo(2);
        assertThat(byText).doesNotContainKeys("Moussa", "Moussa Keita", "Poll", "Interpreter", "Irina", "Tupou");
    }
}
