package org.rapporteur.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Passage;
import org.rapporteur.model.Session;
import org.rapporteur.model.SessionInfo;
import org.rapporteur.model.Turn;

/** Captions without punctuation: a sentence starts where a pause does, so an evidence line stays readable. */
class PausedCaptionsTest {

    @Test
    void aSentenceStartsAtEachPauseAndOnlyThere() {
        Turn paused = new Turn(0, "", "Unidentified speaker", "auto.vtt", List.of(
                new Passage(7, "so we agree that the data must be open"),
                new Passage(7, "the next point is who pays for it", true),
                new Passage(9, "and how long the city keeps it")), 0.0, 9.0);
        Turn unpaused = new Turn(1, "", "Unidentified speaker", "auto.vtt", List.of(
                new Passage(11, "so we agree that the data must be open"),
                new Passage(13, "the next point is who pays for it")), 10.0, 15.0);
        Session session = new Session(SessionInfo.untitled("auto"), List.of(), List.of(paused, unpaused), List.of(),
                List.of(), List.of(), null, List.of(), List.of());

        List<Sentence> sentences = NlpPipeline.shared().annotate(session).sentences();

        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "so we agree that the data must be open",
                "the next point is who pays for it and how long the city keeps it",
                "so we agree that the data must be open the next point is who pays for it");
        assertThat(sentences).extracting(Sentence::line).containsExactly(7, 7, 11);
    }
}
