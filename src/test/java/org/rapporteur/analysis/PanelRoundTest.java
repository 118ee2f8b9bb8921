package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.Role;

/** A panel where the moderator puts a question to each panellist in turn: whom each answer replies to. */
class PanelRoundTest {

    private static Fixture round(String handOver) {
        return Fixture.session()
                .person("Farah Idris", Role.MODERATOR, null)
                .person("Lena Sorensen", Role.SPEAKER, "Private Sector")
                .person("Kojo Asante", Role.SPEAKER, "Civil Society")
                .turn("Lena Sorensen", "Repair ships serve the biggest cable owners first under the maintenance "
                        + "agreements.")
                .turn("Farah Idris", handOver)
                .turn("Kojo Asante", "Satellite links are a good backup for hospitals but cannot carry a whole "
                        + "country's traffic.");
    }

    @Test
    void anAnswerToTheModeratorsQuestionDoesNotReplyToThePanellistBefore() {
        Discussion d = round("Kojo, on redundancy. Is satellite the answer?").discussion();
        int lena = FindingsTest.sentence(d, "Repair ships serve").index();
        int kojo = FindingsTest.sentence(d, "Satellite links are").index();
        int farah = FindingsTest.sentence(d, "Is satellite the answer").index();
        assertThat(NarrativeWriter.replies(d, lena, kojo)).isFalse();
        assertThat(NarrativeWriter.replies(d, farah, kojo)).isTrue();
    }

    @Test
    void aHandOverThatNamesThePanellistBeforeKeepsTheReply() {
        // "Kojo, Lena says …" puts Lena's point to Kojo: his answer replies to it
        Discussion named = round("Kojo, Lena says the ships go to the big owners. What do you say?").discussion();
        assertThat(NarrativeWriter.replies(named, FindingsTest.sentence(named, "Repair ships serve").index(),
                FindingsTest.sentence(named, "Satellite links are").index())).isTrue();
        // a hand-over naming nobody leaves the turn before the reply
        Discussion plain = round("Thank you. Anyone else on this?").discussion();
        assertThat(NarrativeWriter.replies(plain, FindingsTest.sentence(plain, "Repair ships serve").index(),
                FindingsTest.sentence(plain, "Satellite links are").index())).isTrue();
    }
}
