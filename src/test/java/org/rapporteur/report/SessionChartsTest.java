package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Participation;
import org.rapporteur.model.Participation.SpeakerShare;
import org.rapporteur.model.Passage;
import org.rapporteur.model.Poll;
import org.rapporteur.model.SessionReport;
import org.rapporteur.model.Turn;
import org.rapporteur.report.chart.Drawing;
import org.rapporteur.report.chart.Drawing.Label;

class SessionChartsTest {

    @Test
    void talkTimeIsChartedLongestFirstAndAnUntimedSpeakerSaysSo() {
        SessionCharts charts = SessionCharts.of(ReportFixtures.full(), List.of());

        assertThat(texts(charts.speakers())).containsSubsequence("Rayna Stamboliyska", "20:10 min",
                "Jean-Jacques Sahel", "18:22 min", "Lucien M. Castex", "Claire Mélanie Popineau", "not timed");
        assertThat(charts.speakers().orElseThrow().title()).isEqualTo("Talk time per speaker");
        assertThat(charts.groups().orElseThrow().description())
                .contains("Technical Community: 4,590 words (45.9%)");
        assertThat(charts.timeline()).isEmpty();
        assertThat(charts.polls()).hasSize(ReportFixtures.full().polls().size()).allMatch(Optional::isPresent);
    }

    @Test
    void withoutTimingsWordsAreChartedAndPastFifteenSpeakersTheRestAreSummed() {
        List<SpeakerShare> speakers = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            speakers.add(new SpeakerShare("Speaker " + i, null, 1, 1000 - i, null, null, null));
        }
        SessionCharts charts = SessionCharts.of(withParticipation(ReportFixtures.minimal(),
                new Participation(speakers, List.of(), null, null, null)), List.of());

        Drawing chart = charts.speakers().orElseThrow();
        assertThat(chart.title()).isEqualTo("Words spoken per speaker");
        assertThat(texts(charts.speakers())).contains("Speaker 0", "1,000 words", "Speaker 14")
                .doesNotContain("Speaker 15").contains("3 other speakers", "2,952 words");
        assertThat(charts.groups()).isEmpty();
    }

    @Test
    void onlyTimedTurnsMakeTheTimelineAndAPollWithoutOptionsHasNoChart() {
        List<Turn> turns = new ArrayList<>(ReportFixtures.turns());
        turns.add(new Turn(99, "X", "Untimed Voice", "transcript.txt", List.of(new Passage(1, "Hello.")), null, null));
        SessionReport report = withPoll(ReportFixtures.minimal(),
                new Poll(null, "Your thoughts?", "open-text", 4, List.of(), "polls.csv"));

        SessionCharts charts = SessionCharts.of(report, turns);

        assertThat(charts.turns()).hasSize(ReportFixtures.turns().size());
        assertThat(texts(charts.timeline())).doesNotContain("Untimed Voice").contains("Lucien M. Castex");
        assertThat(charts.polls()).containsExactly(Optional.empty());
        assertThat(charts.templateModel().get("polls")).isEqualTo(java.util.Arrays.asList((Object) null));
    }

    private static List<String> texts(Optional<Drawing> chart) {
        return chart.orElseThrow().shapes().stream().filter(Label.class::isInstance)
                .map(s -> ((Label) s).text()).toList();
    }

    private static SessionReport withParticipation(SessionReport r, Participation p) {
        return new SessionReport(r.schemaVersion(), r.session(), r.people(), r.keyTakeaways(), r.callsToAction(),
                r.positions(), r.agreements(), r.disagreements(), r.questions(), r.polls(), p, r.narrative(),
                r.keyphrases(), r.entities(), r.sources(), r.warnings(), r.policyQuestionCoverage(),
                r.genderReflection(), r.furtherCallsToAction(), r.nextSteps());
    }

    private static SessionReport withPoll(SessionReport r, Poll poll) {
        return new SessionReport(r.schemaVersion(), r.session(), r.people(), r.keyTakeaways(), r.callsToAction(),
                r.positions(), r.agreements(), r.disagreements(), r.questions(), List.of(poll), r.participation(),
                r.narrative(), r.keyphrases(), r.entities(), r.sources(), r.warnings(), r.policyQuestionCoverage(),
                r.genderReflection(), r.furtherCallsToAction(), r.nextSteps());
    }
}
