package org.rapporteur.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Passage;
import org.rapporteur.model.Session;
import org.rapporteur.model.SessionInfo;
import org.rapporteur.model.Turn;

/** A sentence's evidence says when it was said as closely as the transcript times it, not when its turn began. */
class SentenceTimesTest {

    @Test
    void aSentenceTakesTheTimeOfItsCueElseTheLastTimedOneElseItsTurns() {
        Turn cues = new Turn(0, "Ana Ruiz", "Ana Ruiz", "talk.vtt", List.of(
                new Passage(5, "Good morning.", false, 4.5),
                new Passage(9, "Our first point is money.", false, 62.0),
                new Passage(10, "The second is time.", false, null)), 4.5, 70.0);
        Turn untimed = new Turn(1, "Kwame Mensah", "Kwame Mensah", "talk.vtt", List.of(
                new Passage(14, "Thank you. I agree.")), 71.0, 80.0);
        Turn noTimes = new Turn(2, "Kwame Mensah", "Kwame Mensah", "cart.txt", List.of(
                new Passage(3, "Thank you.")), null, null);
        Session session = new Session(SessionInfo.untitled("times"), List.of(), List.of(cues, untimed, noTimes),
                List.of(), List.of(), List.of(), null, List.of(), List.of());

        List<Sentence> sentences = NlpPipeline.shared().annotate(session).sentences();

        assertThat(sentences).extracting(s -> s.evidence().time()).containsExactly(
                "00:00:04", "00:01:02", "00:01:02", "00:01:11", "00:01:11", null);
    }
}
