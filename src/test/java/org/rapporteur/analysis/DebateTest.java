package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Role;

/** A debate reads as one: its motion, who argued for and who against it, and the rebuttals as such. */
class DebateTest {

    private static final String CHAIR = "Ines Carvalho";

    private static List<Paragraph> narrative(Discussion d) {
        return NarrativeWriter.write(d, new SentenceScorer(d, Set.of()), RelationFinder.find(d),
                QuestionFinder.find(d), StatedConclusions.find(d), Set.of());
    }

    /** Two speakers on each side of {@code motion}, placed by the chair or, the last one, by her own words. */
    private static Discussion debate(String motion) {
        return Fixture.session().format("Debate - Classroom - 60 Min")
                .person(CHAIR, Role.MODERATOR, "Technical Community")
                .person("Tomas Lindgren", Role.SPEAKER, "Private Sector")
                .person("Nkechi Obi", Role.SPEAKER, "Civil Society")
                .person("Ravi Menon", Role.SPEAKER, "Government")
                .person("Sara Haddad", Role.SPEAKER, "Technical Community")
                .turn(CHAIR, "Welcome to our debate on spectrum for rural networks.", motion,
                        "Speaking for the motion are Tomas Lindgren and Ravi Menon.",
                        "Arguing against it is Nkechi Obi. Tomas, please.")
                .turn("Tomas Lindgren", "Spectrum auctions raise money that governments then spend on rural "
                        + "towers, and the operators who pay the most build the most.",
                        "An auction prices the spectrum honestly, which no committee can do for a whole country.")
                .turn(CHAIR, "Nkechi, for the opposition.")
                .turn("Nkechi Obi", "Auctions push the price of rural spectrum so high that no community network "
                        + "can ever bid for it, whatever it would build.",
                        "Spectrum left unused in the villages should go to local networks at a nominal fee.")
                .turn("Ravi Menon", "Our ministry raised enough from the last auction to fund towers in every "
                        + "district capital of the country.")
                .turn("Sara Haddad", "A tower in the district capital does not reach the farms beyond the "
                        + "hills, and a licence at a nominal fee does.",
                        "So vote against the motion.")
                .discussion();
    }

    @Test
    void aDebateNamesItsMotionAndTheSidesAndTellsRebuttalsAsSuch() {
        String text = Fixture.text(narrative(debate(
                "The motion is: This house believes that spectrum auctions serve rural users best.")));
        assertThat(text).contains("The motion put to the room: \u201cThis house believes that spectrum auctions "
                + "serve rural users best.\u201d")
                .contains("Tomas Lindgren (Private Sector) and Ravi Menon (Government) argued for it, "
                        + "Nkechi Obi (Civil Society) and Sara Haddad (Technical Community) against it.")
                .contains("In rebuttal, ")
                .doesNotContain("spoke first on substance");
    }

    @Test
    void aSessionWithoutAMotionHasNoSidesNorRebuttals() {
        String text = Fixture.text(narrative(debate("We will hear two views on spectrum for rural users.")));
        assertThat(text).doesNotContain("motion put").doesNotContain("argued for it").doesNotContain("In rebuttal");
    }
}
