package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.SessionReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportJsonTest {

    private final ReportJson json = new ReportJson();
    private final JsonMapper plain = JsonMapper.builder().build();

    @Test
    void fullReportValidatesAgainstTheSchema() {
        assertThat(SchemaValidation.errors(json.write(ReportFixtures.full()))).isEmpty();
    }

    @Test
    void minimalReportValidatesAgainstTheSchema() {
        assertThat(SchemaValidation.errors(json.write(ReportFixtures.minimal()))).isEmpty();
    }

    @Test
    void validatorRejectsABrokenReport() {
        String broken = json.write(ReportFixtures.full()).replace("\"kind\" : \"chat\"", "\"kind\" : \"CHAT\"");
        assertThat(SchemaValidation.errors(broken)).isNotEmpty();
    }

    @Test
    void enumsUseTheirLabels() {
        JsonNode tree = plain.readTree(json.write(ReportFixtures.full()));
        assertThat(tree.get("people").get(0).get("roles").toString()).isEqualTo("[\"organizer\",\"moderator\"]");
        assertThat(tree.get("people").get(4).get("roles").get(0).asString()).isEqualTo("online-moderator");
        assertThat(tree.get("questions").get(0).get("source").asString()).isEqualTo("chat");
        assertThat(tree.get("keyTakeaways").get(0).get("evidence").get(0).get("source").asString())
                .isEqualTo("transcript");
        assertThat(tree.get("sources").get(4).get("kind").asString()).isEqualTo("attendance");
    }

    @Test
    void fieldNamesAreTheSchemas() {
        JsonNode tree = plain.readTree(json.write(ReportFixtures.full()));
        assertThat(tree.get("schemaVersion").asString()).isEqualTo("2");
        assertThat(names(tree.get("session"))).containsExactly("id", "code", "title", "format", "durationMinutes",
                "policyQuestions", "sdgs", "otherCodes", "kind", "actualMinutes");
        JsonNode speaker = tree.get("participation").get("speakers").get(0);
        assertThat(names(speaker)).containsExactly("name", "stakeholderGroup", "turns", "words", "seconds",
                "wordsPerMinute", "share");
        assertThat(names(tree.get("participation"))).containsExactly("speakers", "stakeholderGroups", "chat",
                "attendance", "estimate", "womenAndGenderDiverse");
        assertThat(names(tree.get("participation").get("womenAndGenderDiverse"))).containsExactly("atLeast", "women",
                "genderDiverse", "people", "note", "evidence");
        assertThat(names(tree.get("participation").get("chat"))).containsExactly("messages", "participants", "links");
        // the export's names and e-mails serve the estimate only: never written out
        assertThat(names(tree.get("participation").get("attendance"))).containsExactly("participants", "source");
        assertThat(names(tree.get("polls").get(0).get("options").get(0))).containsExactly("label", "votes", "percent");
        assertThat(names(tree.get("sources").get(1))).containsExactly("file", "kind", "format", "items");
        assertThat(names(tree.get("callsToAction").get(0))).containsExactly("text", "speaker", "addressee",
                "evidence", "basis");
        assertThat(names(tree.get("agreements").get(0))).containsExactly("speaker", "with", "text", "evidence");
        assertThat(names(tree.get("disagreements").get(0))).containsExactly("speaker", "with", "text", "evidence",
                "issue", "resolution");
        assertThat(names(tree.get("questions").get(0))).containsExactly("text", "asker", "source", "answered",
                "evidence", "upvotes", "relayedBy", "answers", "channel");
        assertThat(names(tree.get("narrative").get(1))).containsExactly("text", "topic", "evidence");
        assertThat(names(tree.get("people").get(6))).containsExactly("name", "roles", "affiliation",
                "stakeholderGroup", "region", "aliases", "inferred", "evidence");
        assertThat(names(tree.get("polls").get(2))).containsExactly("title", "question", "type", "responses",
                "options", "source", "mean");
        assertThat(names(tree.get("keyTakeaways").get(0).get("evidence").get(0)))
                .containsExactly("source", "file", "speaker", "line", "time", "quote");
    }

    @Test
    void nullsAreLeftOut() {
        String text = json.write(ReportFixtures.minimal());
        assertThat(text).doesNotContain("null");
        JsonNode session = plain.readTree(text).get("session");
        assertThat(session.has("code")).isFalse();
        assertThat(session.get("policyQuestions").isArray()).isTrue();
    }

    @Test
    void prettyPrintedAndUnicodeKeptAsIs() {
        String text = json.write(ReportFixtures.full());
        assertThat(text).contains("\n  \"session\"").contains("Sébastien Bachollet").contains("everything’s");
    }

    @Test
    void readsBackWhatItWrote() {
        SessionReport report = ReportFixtures.full();
        assertThat(json.read(json.write(report))).isEqualTo(report);
        assertThat(json.read(json.write(ReportFixtures.minimal()))).isEqualTo(ReportFixtures.minimal());
    }

    @Test
    void readsAReportWithoutItsOptionalLists() {
        String text = json.write(ReportFixtures.minimal()).replace("\"keyphrases\" : [ ],", "");
        assertThat(text).doesNotContain("keyphrases");
        assertThat(json.read(text).keyphrases()).isEmpty();
    }

    @Test
    void mapIsTheSameTreeAsTheJson() {
        SessionReport report = ReportFixtures.full();
        Map<String, Object> map = json.toMap(report);
        JsonNode fromMap = plain.valueToTree(map);
        assertThat(fromMap).isEqualTo(plain.readTree(json.write(report)));
        assertThat(((Map<?, ?>) map.get("session")).get("title")).isEqualTo(report.session().title());
        assertThat(map.get("narrative")).isInstanceOf(List.class);
    }

    private static List<String> names(JsonNode node) {
        return node.propertyNames().stream().toList();
    }
}
