package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Poll;
import org.rapporteur.model.PollOption;
import org.rapporteur.model.Role;

/** A vote taken again on the same question (a debate's motion, before and after) tells where the room moved. */
class RetakenVoteTest {

    private static final String CHAIR = "Julien Moreau";

    private static List<Paragraph> narrative(Discussion d) {
        return NarrativeWriter.write(d, new SentenceScorer(d, Set.of()), RelationFinder.find(d),
                QuestionFinder.find(d), StatedConclusions.find(d), Set.of());
    }

    private static Poll vote(String title, int... votes) {
        return new Poll(title, "This house believes that data localisation laws do more harm "
                + "than good.", "multiple-choice", votes[0] + votes[1], List.of(
                new PollOption("For the motion", votes[0], null),
                new PollOption("Against the motion", votes[1], null)), "polls.csv", null);
    }

    /** A debate: the motion voted on before and after, two speakers on data localisation between. */
    private static Fixture debate() {
        return Fixture.session().format("Debate - 60 Min")
                .person(CHAIR, Role.MODERATOR, "Civil Society")
                .person("Amani Kiprono", Role.SPEAKER, "Private Sector")
                .person("Farida Haidari", Role.SPEAKER, "Government")
                .turn(CHAIR, "The motion is that data localisation laws do more harm than good. Amani, please.")
                .turn("Amani Kiprono", "Data localisation laws raise the price of hosting for every small firm, "
                        + "because one data centre with one owner faces no competition.",
                        "Data protection should follow the person, not the server, and the harm of these laws "
                                + "falls on the firms a developing economy needs most.")
                .turn("Farida Haidari", "Targeted localisation laws give a small country the weight to get answers "
                        + "from large providers, and they do more good than harm for health data.",
                        "Our data localisation rule covers health, land and payment records, nothing else.");
    }

    @Test
    void aVoteTakenAgainIsToldAsWhereTheRoomMoved() {
        Discussion d = debate().poll(vote("Before", 21, 26)).poll(vote("After", 29, 26)).discussion();
        String text = Fixture.text(narrative(d));
        assertThat(text).contains("The room voted twice on \"This house believes that data localisation laws do "
                + "more harm than good\": For the motion went from 45% to 53%, Against the motion from 55% to 47%.");
        assertThat(text).doesNotContain("top choice");
    }

    @Test
    void aVoteTakenOnceIsToldByItsTopChoice() {
        Discussion d = debate().poll(vote("Before", 21, 26)).discussion();
        assertThat(Fixture.text(narrative(d))).doesNotContain("voted twice");
    }
}
