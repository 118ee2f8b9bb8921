package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Role;

/** The audience paragraph quotes what an answer says, not the thanks or "good question" it opens with. */
class NarrativeAnswerTest {

    private static final String CHAIR = "Nomsa Khumalo";
    private static final String ONLINE = "Kwame Mensah";
    private static final String REGULATOR = "Leila Haddad";

    @Test
    void theAnswerQuotedIsItsFirstSentenceWithSubstance() {
        Discussion d = Fixture.session()
                .person(CHAIR, Role.MODERATOR, "Civil Society")
                .person(ONLINE, Role.ONLINE_MODERATOR, "Technical Community")
                .person(REGULATOR, Role.SPEAKER, "Government")
                .timedTurn(CHAIR, 0.0, 20.0, "Welcome to this forum on rural connectivity.")
                .timedTurn(REGULATOR, 20.0, 600.0,
                        "Community networks need a dedicated licence with very low fees, because a village "
                                + "cooperative is not a national operator.")
                .timedTurn(CHAIR, 600.0, 620.0, "Kwame, do we have questions online?")
                .timedTurn(ONLINE, 620.0, 680.0, "Yes, there is a question from Fatima Bello, who is in Kano.",
                        "She asks: \"How will universal service funds reach community networks in northern "
                                + "Nigeria?\"")
                .timedTurn(CHAIR, 680.0, 690.0, "Leila, on the funds?")
                .timedTurn(REGULATOR, 690.0, 1200.0,
                        "Yes, so, thank you, Fatima, it's a very good question and a fair one.",
                        "Universal service funds should finance community networks directly, with simple "
                                + "application rules and public reports on every grant.")
                .chat("Fatima Bello", "How will universal service funds reach community networks in northern "
                        + "Nigeria?", false, null)
                .discussion();

        String narrative = Fixture.text(NarrativeWriter.write(d, new SentenceScorer(d, Set.of()),
                new RelationFinder.Relations(List.of(), List.of()), QuestionFinder.find(d), List.of(), Set.of()));

        assertThat(narrative).contains("answered: \u201cUniversal service funds should finance")
                .doesNotContain("answered: \u201cYes, so, thank you")
                // who read it out, by name alone: no group in parentheses within the parentheses
                .contains("(read out by " + ONLINE + "):");
    }

    /**
     * A question put on air that no one answers, beyond those the paragraph tells with their answers, is said to be
     * left unanswered; one answered is not.
     */
    @Test
    void aQuestionNoOneAnsweredIsSaidToBeLeftUnanswered() {
        Fixture f = Fixture.session()
                .person(CHAIR, Role.MODERATOR, "Civil Society")
                .person(REGULATOR, Role.SPEAKER, "Government")
                .turn(CHAIR, "Welcome to this forum on rural connectivity.")
                .turn(REGULATOR, "Community networks need a dedicated licence with very low fees, because a village "
                        + "cooperative is not a national operator.")
                .turn(CHAIR, "Let's open the floor. The gentleman there.")
                .turn("Joseph Kato", "My name is Joseph Kato.", "Is there any obligation to publish who receives "
                        + "the universal service fund?")
                .turn(CHAIR, "The lady in the second row.")
                .turn("Priya Natarajan", "I'm Priya Natarajan.", "How did the women of the network come to run "
                        + "the radios?")
                .turn(CHAIR, "And at the back.")
                .turn("Tomas Ferreyra", "I'm Tomas Ferreyra.", "What should a community do before the licensing "
                        + "law changes?")
                .turn(CHAIR, "Leila?")
                .turn(REGULATOR, "Every universal service fund should publish who receives its money, once a year.",
                        "A community that runs a network before the law changes should get a year to regularise, "
                                + "without penalty.");
        Discussion d = f.discussion();
        String narrative = Fixture.text(NarrativeWriter.write(d, new SentenceScorer(d, Set.of()),
                new RelationFinder.Relations(List.of(), List.of()), QuestionFinder.find(d), List.of(), Set.of()));
        assertThat(narrative).contains("The question of Priya Natarajan was left unanswered: \u201cHow did the women")
                .doesNotContain("Joseph Kato was left unanswered")
                .doesNotContain("Tomas Ferreyra was left unanswered");
    }

    /** The opening's first point is a statement: a verbless answer to the moderator's question says nothing alone. */
    @Test
    void theFirstSpeakerOnSubstanceIsQuotedByAStatement() {
        Discussion d = Fixture.session()
                .person(CHAIR, Role.MODERATOR, "Civil Society")
                .person(REGULATOR, Role.SPEAKER, "Government")
                .timedTurn(CHAIR, 0.0, 30.0, "Welcome to this forum on rural connectivity.",
                        "Leila, what matters most for the villages that are still offline?")
                .timedTurn(REGULATOR, 30.0, 600.0,
                        "Affordable spectrum for community networks, dedicated licences with very low fees for "
                                + "village cooperatives, and universal service funds for community networks.",
                        "Community networks need a dedicated licence with very low fees, because a village "
                                + "cooperative is not a national operator.")
                .discussion();

        String narrative = Fixture.text(NarrativeWriter.write(d, new SentenceScorer(d, Set.of()),
                new RelationFinder.Relations(List.of(), List.of()), QuestionFinder.find(d), List.of(), Set.of()));

        assertThat(narrative).contains("spoke first on substance: \u201cCommunity networks need a dedicated licence")
                .doesNotContain("substance: \u201cAffordable spectrum").doesNotContain("that affordable spectrum");
    }

    /**
     * A quotation in prose begins after the discourse opener that ties it to the talk before ("And", "So,"); the
     * evidence keeps the sentence whole, and an opener bound to its next word ("So far") stays quoted.
     */
    @Test
    void aQuotationInProseBeginsAfterItsDiscourseOpener() {
        for (String opener : List.of("And u", "So, u", "But u")) {
            List<Paragraph> narrative = answered(opener + "niversal service funds should finance community networks "
                    + "directly, with simple application rules and public reports on every grant.");
            assertThat(Fixture.text(narrative))
                    .contains("answered: \u201cUniversal service funds should finance community networks");
            assertThat(narrative).flatExtracting(Paragraph::evidence).extracting(Evidence::quote)
                    .anyMatch(q -> q.startsWith(opener + "niversal service funds should finance"));
        }
        assertThat(Fixture.text(answered("So far universal service funds have financed community networks directly, "
                + "with simple application rules and public reports on every grant.")))
                .contains("answered: \u201cSo far universal service funds have financed");
    }

    /** A session with one speaker names them as its presenter; "brought together" needs two. */
    @Test
    void aSingleSpeakerPresented() {
        Discussion d = Fixture.session()
                .person(CHAIR, Role.MODERATOR, "Civil Society")
                .person(REGULATOR, Role.SPEAKER, "Government")
                .timedTurn(CHAIR, 0.0, 20.0, "Welcome to this lightning talk. Leila, over to you.")
                .timedTurn(REGULATOR, 20.0, 600.0, "Thank you, Nomsa.", "Next slide, please.",
                        "In March a village cooperative asked us for a licence, and it took us a year to answer.")
                .timedTurn(CHAIR, 600.0, 620.0, "Thank you, Leila.")
                .discussion();
        String opening = NarrativeWriter.write(d, new SentenceScorer(d, Set.of()),
                new RelationFinder.Relations(List.of(), List.of()), QuestionFinder.find(d), List.of(), Set.of())
                .get(0).text();
        assertThat(opening).doesNotContain("brought together").containsOnlyOnce(REGULATOR);
    }

    private static List<Paragraph> answered(String answer) {
        Discussion d = Fixture.session()
                .person(CHAIR, Role.MODERATOR, "Civil Society")
                .person(REGULATOR, Role.SPEAKER, "Government")
                .timedTurn(CHAIR, 0.0, 20.0, "Welcome to this forum on rural connectivity.")
                .timedTurn(REGULATOR, 20.0, 600.0,
                        "Community networks need a dedicated licence with very low fees, because a village "
                                + "cooperative is not a national operator.")
                .timedTurn(CHAIR, 600.0, 620.0, "Any questions from the floor? Yes, please.")
                .timedTurn("Fatima Bello", 620.0, 680.0, "My name is Fatima Bello, from Kano.",
                        "How will universal service funds reach community networks in northern Nigeria?")
                .timedTurn(REGULATOR, 690.0, 1200.0, answer)
                .discussion();
        return NarrativeWriter.write(d, new SentenceScorer(d, Set.of()),
                new RelationFinder.Relations(List.of(), List.of()), QuestionFinder.find(d), List.of(), Set.of());
    }
}
