package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Role;

/** Every panellist who argued at length is named in a theme paragraph, not only in the audience round or nowhere. */
class UnheardPanellistTest {

    private static final String CHAIR = "Helena Brandt";
    private static final String YOUTH = "Leila Mansour";

    private static final String PRIYA = "Priya Raman";
    private static final String CLAIM = "Identity systems should publish their failure rates by region, age and "
            + "gender, so that everyone can see who is being excluded by the system.";
    private static final String FALLBACK = "The fallback route should then be sent where the failures are, and the "
            + "people who run the system should answer for the exclusion it causes.";

    /**
     * Three civil society panellists on one question: beyond two voices a theme takes a further one only from a
     * stakeholder group it has not heard, so one of them is left out of the theme unless named for what they
     * argued. {@code priya} is the second panellist's one turn.
     */
    private static List<Paragraph> narrative(String... priya) {
        Discussion d = Fixture.session()
                .person(CHAIR, Role.MODERATOR, "Intergovernmental Organization")
                .person("Chidi Okeke", Role.SPEAKER, "Civil Society")
                .person(PRIYA, Role.SPEAKER, "Civil Society")
                .person(YOUTH, Role.SPEAKER, "Civil Society")
                .turn(CHAIR, "Let's turn to inclusion: how can digital identity reach people without documents?")
                .turn("Chidi Okeke", "A digital identity must never be the only way to reach a basic service, "
                        + "because a fingerprint that fails shuts a widow out of her ration.",
                        "Every identity system should keep an offline route at a counter with a human being, and "
                                + "publish how often it fails and for whom.")
                .turn(PRIYA, priya)
                .turn(YOUTH, "In our consultation, young women in rural areas told us they share one phone with the "
                                + "whole family, so an app that assumes one person and one phone shuts them out.",
                        "Identity systems should work on a shared phone, by a simple text message, and at a service "
                                + "counter with a human being, for young people as much as for their parents.",
                        "Young people are the first users of these identity systems and the last ones to be asked "
                                + "about them, and identity councils should give them a seat and a vote.")
                .turn(CHAIR, "Thank you all.")
                .discussion();
        return NarrativeWriter.write(d, new SentenceScorer(d, Set.of()), RelationFinder.find(d),
                QuestionFinder.find(d), StatedConclusions.find(d), Set.of());
    }

    @Test
    void aPanellistWhoArguedAtLengthIsNamedInTheTheme() {
        List<Paragraph> narrative = narrative(CLAIM, FALLBACK, "In the districts we studied, one enrolment in "
                + "five failed at the first attempt, and most of those who failed never came back to try again.",
                "The people who failed were mostly older women and day labourers, whose worn fingerprints the "
                        + "scanners could not read on any of the three attempts the rules allow.");
        for (String panellist : List.of("Chidi Okeke", PRIYA, YOUTH)) {
            assertThat(narrative.subList(1, narrative.size())).anySatisfy(p -> assertThat(p.text()).contains(panellist));
        }
    }

    @Test
    void aPanellistWhoSaidLessIsNotAddedForTheirName() {
        // under 80 words in all: a passing voice, told where the theme picks it, not added for the name
        List<Paragraph> narrative = narrative(CLAIM, FALLBACK);
        assertThat(narrative.subList(1, narrative.size())).noneSatisfy(p -> assertThat(p.text()).contains(PRIYA));
    }
}
