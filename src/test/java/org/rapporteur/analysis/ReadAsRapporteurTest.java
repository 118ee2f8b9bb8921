package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Position;
import org.rapporteur.model.Role;

/**
 * A round table read as its rapporteur would: the moderator's introductions and housekeeping are no position, the
 * opening frames the session with its purpose, positions never lead with a fragment or a pointing-back subject,
 * and a theme paragraph says how its disagreement ended.
 */
class ReadAsRapporteurTest {

    private static final String CHAIR = "Odile Marchand";
    private static final String REGULATOR = "Selam Tesfaye";
    private static final String ENGINEER = "Bruno Okafor";
    private static final String QUESTION = "Licensing: Which licensing and financing frameworks let community "
            + "networks connect rural villages sustainably?";

    /** The page's question and the three people of the round table, before anyone speaks. */
    private static Fixture roundTable() {
        return Fixture.session()
                .policyQuestion(QUESTION)
                .person(CHAIR, Role.MODERATOR, "Civil Society")
                .person(REGULATOR, Role.SPEAKER, "Government")
                .person(ENGINEER, Role.SPEAKER, "Technical Community");
    }

    private static Fixture panel(boolean settled) {
        return roundTable()
                .turn(CHAIR, "We will start in two or three minutes, we are waiting for people to come from the "
                                + "main hall.",
                        "So the room says: the signal is not the main problem, the price is.",
                        "Next to me, Selam Tesfaye, she is the head of the licensing unit of a telecom regulator, "
                                + "and she has followed community networks for years.",
                        "Selam, you have been working on the village licence from the beginning.",
                        "Interesting, so the room prefers that the licence stays cheap for the villages.",
                        "Let me go to the second policy question, on spectrum, because Bruno raised it.")
                .turn(REGULATOR, "Security updates, and telling the villages for how long they will get them.",
                        "Community networks need a dedicated licence with very low fees for village cooperatives.",
                        "A village cooperative is not a national operator and cannot pay national fees.",
                        "They could ask the universal service fund to pay the licence for the first five years.")
                .turn(ENGINEER, "I disagree with Selam that the universal service fund should pay the licence fees "
                                + "of community networks.",
                        "Universal service funds in most countries have failed to reach rural villages at all.",
                        "Spectrum sharing rules matter more than licence fees for the cooperatives in the villages.")
                .turn(REGULATOR, settled
                        ? "That's a fair point, and I accept the correction on the rural villages."
                        : "Universal service funds reached more rural villages last year than in the decade before.",
                        "Spectrum sharing rules and licence fees both decide whether a village network survives.")
                .turn(CHAIR, "Security by design should not become obsolescence by design for village networks.",
                        "Community networks need clear rules on spectrum sharing before the next licensing round.")
                .turn(CHAIR, "Thank you to our captioners, to the technical team and to our host city for the village "
                        + "networks session.");
    }

    @Test
    void theModeratorsIntroductionsPromptsAndHousekeepingAreNoPosition() {
        Discussion d = panel(true).discussion();
        for (int i = 0; i < 6; i++) {
            assertThat(d.substantive(i)).as(d.sentence(i).text()).isFalse();
        }
        List<Position> positions = PositionFinder.find(d, new SentenceScorer(d, Set.of()));
        Position chair = positions.stream().filter(p -> p.speaker().equals(CHAIR)).findFirst().orElseThrow();
        assertThat(chair.points()).flatExtracting(Claim::evidence).extracting(e -> e.quote())
                .noneMatch(q -> q.startsWith("We will start") || q.startsWith("Next to me") || q.startsWith("Selam,")
                        || q.startsWith("Thank you to our captioners") || q.startsWith("Interesting, so the room")
                        || q.startsWith("Let me go to the second"))
                .anyMatch(q -> q.startsWith("Security by design should not become"));
    }

    @Test
    void pointsNeverLeadWithAFragmentOrAPointingBackSubject() {
        Discussion d = panel(true).discussion();
        Position regulator = PositionFinder.find(d, new SentenceScorer(d, Set.of())).stream()
                .filter(p -> p.speaker().equals(REGULATOR)).findFirst().orElseThrow();
        assertThat(regulator.points()).extracting(Claim::text)
                .noneMatch(t -> t.contains("Security updates, and telling"))
                .noneMatch(t -> t.matches(".*(said|saying) that (they|it|this|that|the first) .*"));
        // "They could ask ..." is told, if at all, with the sentence that says who "they" are
        regulator.points().stream().filter(c -> c.text().contains("They could ask")).forEach(c ->
                assertThat(c.evidence()).extracting(e -> e.quote()).first().asString()
                        .startsWith("A village cooperative is not"));
    }

    @Test
    void theOpeningNamesThePagesQuestionAndNeverFramesWithAPollReading() {
        Discussion d = panel(true).discussion();
        String opening = NarrativeWriter.write(d, new SentenceScorer(d, Set.of()), RelationFinder.find(d),
                QuestionFinder.find(d), List.of(), Set.of()).get(0).text();
        assertThat(opening).contains("The session page asked: Which licensing and financing frameworks let "
                        + "community networks connect rural villages sustainably?")
                .doesNotContain("the room says").doesNotContain("Licensing:");

        Discussion framed = Fixture.session()
                .policyQuestion(QUESTION)
                .person(CHAIR, Role.MODERATOR, "Civil Society")
                .person(REGULATOR, Role.SPEAKER, "Government")
                .turn(CHAIR, "Today we ask which licensing and financing frameworks let community networks connect "
                        + "rural villages.")
                .turn(REGULATOR, "Community networks need a dedicated licence with very low fees for village "
                        + "cooperatives.")
                .discussion();
        String withPurpose = NarrativeWriter.write(framed, new SentenceScorer(framed, Set.of()),
                RelationFinder.find(framed), QuestionFinder.find(framed), List.of(), Set.of()).get(0).text();
        assertThat(withPurpose).contains("framed the discussion: \u201cToday we ask which licensing");
    }

    @Test
    void aThemeParagraphSaysHowItsDisagreementEnded() {
        Discussion settled = panel(true).discussion();
        assertThat(Fixture.text(NarrativeWriter.write(settled, new SentenceScorer(settled, Set.of()),
                RelationFinder.find(settled), QuestionFinder.find(settled), List.of(), Set.of())))
                .contains("The disagreement between " + ENGINEER + " and " + REGULATOR + " narrowed: " + REGULATOR
                        + " said: \u201cThat's a fair point")
                .doesNotContain("left open");

        Discussion open = panel(false).discussion();
        assertThat(Fixture.text(NarrativeWriter.write(open, new SentenceScorer(open, Set.of()),
                RelationFinder.find(open), QuestionFinder.find(open), List.of(), Set.of())))
                .contains("The disagreement between " + ENGINEER + " and " + REGULATOR + " was left open.")
                .doesNotContain("narrowed");
    }
    /** A key message told in the closing paragraph is not told again in a theme paragraph before it. */
    @Test
    void aConclusionIsToldOnceInTheClosingNotAlsoInATheme() {
        Discussion d = roundTable()
                .turn(CHAIR, "Which licensing frameworks let community networks connect rural villages?")
                .turn(ENGINEER, "Spectrum sharing rules matter more than licence fees for the cooperatives in the "
                        + "villages.")
                .turn(CHAIR, "We have two minutes left, so one key message from each of you, please.")
                .turn(REGULATOR, "My key message is that community networks need a dedicated licence with very low "
                        + "fees for village cooperatives in every rural district.")
                .discussion();
        List<StatedConclusions.Point> conclusions = StatedConclusions.find(d);
        String text = Fixture.text(NarrativeWriter.write(d, new SentenceScorer(d, Set.of()), RelationFinder.find(d),
                QuestionFinder.find(d), conclusions, Set.of()));
        String message = "My key message is that community networks need a dedicated licence";
        assertThat(text).contains("In closing, " + REGULATOR + " summed up: \u201c" + message);
        assertThat(text.indexOf(message)).isEqualTo(text.lastIndexOf(message));
    }
    /**
     * A closing round announced as "one sentence each" is told in the closing paragraph, not in a theme before it,
     * and the chair's word on the report and where the messages go is a next step.
     */
    @Test
    void aClosingRoundIsToldInTheClosingAndTheReportsWayIsANextStep() {
        Discussion d = roundTable()
                .turn(CHAIR, "Which licensing frameworks let community networks connect rural villages?")
                .turn(REGULATOR, "A village cooperative is not a national operator and cannot pay national fees.")
                .turn(ENGINEER, "Spectrum sharing rules matter more than licence fees for the cooperatives in the "
                        + "villages.")
                .turn(CHAIR, "We have five minutes. One sentence each, please, what should regulators do next?")
                .turn(REGULATOR, "Regulators should create a village licence with fees proportional to the size of "
                        + "the network.")
                .turn(ENGINEER, "Regulators should open unused rural spectrum to community networks for shared use.")
                .turn(CHAIR, "Thank you. Nadia will prepare the report, and the messages will go to the regional "
                        + "forum on Thursday.")
                .discussion();
        SentenceScorer scorer = new SentenceScorer(d, Set.of());
        List<org.rapporteur.model.Paragraph> narrative = NarrativeWriter.write(d, scorer, RelationFinder.find(d),
                QuestionFinder.find(d), StatedConclusions.find(d), Set.of());
        String themes = Fixture.text(narrative.subList(1, narrative.size() - 1));
        assertThat(themes).doesNotContain("village licence with fees").doesNotContain("open unused rural spectrum");
        assertThat(narrative.get(narrative.size() - 1).text()).contains("village licence with fees");
        assertThat(NextStepFinder.find(d, scorer)).extracting(Claim::text)
                .anyMatch(t -> t.contains("the messages will go to the regional forum on Thursday"));
    }
    /** An answer the audience paragraph quotes is not told first in a theme paragraph. */
    @Test
    void anAnswerToTheAudienceIsToldOnceInTheAudienceParagraph() {
        Discussion d = roundTable()
                .person("Awa Ndiaye", Role.PARTICIPANT, null)
                .turn(CHAIR, "Which licensing frameworks let community networks connect rural villages?")
                .turn(ENGINEER, "Spectrum sharing rules matter more than licence fees for the cooperatives.")
                .turn(CHAIR, "We open the floor for questions.")
                .turn("Awa Ndiaye", "Should regulators certify the equipment of community networks, and who pays?")
                .turn(REGULATOR, "Regulators should certify village network equipment through an international "
                        + "standard for licensing community networks in rural villages, paid from the fund.")
                .discussion();
        String text = Fixture.text(NarrativeWriter.write(d, new SentenceScorer(d, Set.of()), RelationFinder.find(d),
                QuestionFinder.find(d), StatedConclusions.find(d), Set.of()));
        String answer = "certify village network equipment through an international standard";
        assertThat(text).contains(REGULATOR + " answered: \u201cRegulators should " + answer);
        assertThat(text.indexOf(answer)).isEqualTo(text.lastIndexOf(answer));
    }
}
