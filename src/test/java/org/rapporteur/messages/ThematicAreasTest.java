package org.rapporteur.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.report.HandMadeReports.session;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.SessionReport;

class ThematicAreasTest {

    @Test
    void theTitleAndPolicyQuestionsSayWhatASessionIsAbout() {
        SessionReport report = session("pt3", null, "Legislating for artificial intelligence")
                .keyphrases("risk lists", "supervisors")
                .takeaway("Ana", "Parliaments should review the list of high-risk uses every two years.").build();

        assertThat(ThematicAreas.of(report)).contains("AI & Emerging Technologies");
    }

    @Test
    void aPhraseInsideALongerOneOfTheSameThemeCountsOnce() {
        // counted twice, "security" inside "cyber security" would put this session, which names two themes alike,
        // under the first
        SessionReport report = session("ws1", null, "Cyber security and artificial intelligence").build();

        assertThat(ThematicAreas.of(report)).isEmpty();
    }

    @Test
    void aSessionNamingTwoThemesAlikeOrNoneIsLeftToItsSharedTerms() {
        SessionReport both = session("ws2", null, "Artificial intelligence and Internet shutdowns").build();
        SessionReport none = session("ws3", null, "Football broadcasting piracy")
                .keyphrases("football broadcasting").takeaway("Cat", "Matches are expensive to watch.").build();

        assertThat(ThematicAreas.of(both)).isEmpty();
        assertThat(ThematicAreas.of(none)).isEmpty();
    }

    @Test
    void whatTheSessionDidDiscussCanDecideWhereItsTitleIsVague() {
        SessionReport report = session("ws4", null, "Keeping the lights on")
                .keyphrases("shutdown orders", "freedom of expression")
                .takeaway("Mercy", "Courts should review every shutdown order within days.").build();

        assertThat(ThematicAreas.of(report)).contains("Human Rights & Freedoms");
    }
}
