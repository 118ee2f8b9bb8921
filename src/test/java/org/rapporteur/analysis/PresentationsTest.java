package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Role;

/** A session of presentations in turn (lightning talks) reads as the talks one after the other, then the questions. */
class PresentationsTest {

    private static final String CHAIR = "Noor Haddad";

    /** Three talks, then a question from the floor answered by the second presenter, in the given format. */
    private static Discussion talks(String format) {
        return Fixture.session().format(format)
                .person(CHAIR, Role.MODERATOR, "Civil Society")
                .person("Sione Taufa", Role.SPEAKER, "Technical Community")
                .person("Beatriz Almeida", Role.SPEAKER, "Civil Society")
                .person("Dawit Bekele", Role.SPEAKER, "Private Sector")
                .turn(CHAIR, "Welcome, we have three speakers with one idea each, and questions at the end.",
                        "Sione, please start.")
                .turn("Sione Taufa", "When the cyclone hit our islands two years ago, the towers on the outer "
                                + "islands were down for three weeks while the operator waited for a ship.",
                        "What stayed up was a small mesh network of solar Wi-Fi nodes on the church roofs, which the "
                                + "villagers had built the year before and could repair themselves.",
                        "The nodes are cheap, and the young people of the village swapped the broken ones with spares "
                                + "from the church hall within two days.",
                        "Emergency plans should train local people to repair the network themselves, and keep spare "
                                + "parts in the village rather than in the capital.")
                .turn(CHAIR, "Thank you, Sione. Beatriz, the floor is yours.")
                .turn("Beatriz Almeida", "After the floods, the emergency teams did not know which roads were open "
                                + "and which towers were still standing in the valley.",
                        "Our volunteers traced the flooded roads and the damaged towers on open satellite images, and "
                                + "four hundred of them checked the map street by street.",
                        "The rescue teams used the map to plan their boat routes, and the operators used it to send "
                                + "their repair crews to the right valleys.",
                        "Satellite companies should release imagery openly within hours of a disaster, and operators "
                                + "should publish which of their towers are down.")
                .turn(CHAIR, "Thank you, Beatriz. And Dawit, our last speaker.")
                .turn("Dawit Bekele", "Before the floods last year, our early warning system sent its alerts "
                                + "through an app that most people in the districts could not use.",
                        "Now the alert goes by cell broadcast and by SMS, which reach any phone, in the four main "
                                + "languages of the region, with a recorded voice message as well.",
                        "In the last rainy season the alerts reached nine phones out of ten in the warned districts "
                                + "within fifteen minutes of the warning.",
                        "Governments should require cell broadcast for public warnings, written in the languages "
                                + "people actually speak, because a warning is only as good as its last phone.")
                .turn(CHAIR, "Thank you. Questions? Yes, in the front.")
                .turn("Ravi Shankar", "How do you keep the satellite map volunteers trained when nothing happens "
                        + "for years?")
                .turn("Beatriz Almeida", "We map for the city every month, roads and shelters, so the volunteers "
                        + "keep their skills between disasters.")
                .discussion();
    }

    private static List<Paragraph> narrative(Discussion d) {
        return NarrativeWriter.write(d, new SentenceScorer(d, Set.of()), RelationFinder.find(d),
                QuestionFinder.find(d), StatedConclusions.find(d), Set.of());
    }

    @Test
    void lightningTalksReadAsThePresentationsInTurnByTheirTheses() {
        List<Paragraph> narrative = narrative(talks("Lightning Talk - 30 Min"));
        Paragraph talks = narrative.stream().filter(p -> NarrativeWriter.PRESENTATIONS.equals(p.topic()))
                .findFirst().orElseThrow();
        assertThat(talks.text()).startsWith("Three presenters spoke in turn.");
        // each presenter by the claim their talk builds to, in the order they spoke, none as a reply to another
        assertThat(talks.text()).containsSubsequence("emergency plans should train local people",
                "satellite companies should release imagery", "governments should require cell broadcast");
        assertThat(Fixture.text(narrative)).doesNotContain("In response").doesNotContain("The discussion then turned")
                .doesNotContain("spoke first on substance");
        assertThat(narrative.get(narrative.size() - 1).topic()).isEqualTo("questions from the audience");
    }

    /** A presenter naming their main point ("The headline is: …") is told by it, not by the last claim they argue. */
    @Test
    void aTalkIsToldByTheMainPointItsSpeakerNames() {
        Discussion d = Fixture.session().format("Lightning Talk - 30 Min")
                .person(CHAIR, Role.MODERATOR, "Civil Society")
                .person("Sione Taufa", Role.SPEAKER, "Technical Community")
                .person("Dawit Bekele", Role.SPEAKER, "Private Sector")
                .turn(CHAIR, "Welcome, we have two speakers with one idea each, and questions at the end.")
                .turn("Sione Taufa", "The headline is: a village that can repair its own network stays connected "
                                + "after a cyclone.",
                        "When the cyclone hit our islands two years ago, the towers on the outer islands were down "
                                + "for three weeks while the operator waited for a ship.",
                        "What stayed up was a small mesh network of solar Wi-Fi nodes on the church roofs, which the "
                                + "villagers had built the year before and could repair themselves.",
                        "Emergency plans should keep spare parts in the village rather than in the capital.")
                .turn(CHAIR, "Thank you, Sione. And Dawit, our last speaker.")
                .turn("Dawit Bekele", "Before the floods last year, our early warning system sent its alerts "
                                + "through an app that most people in the districts could not use.",
                        "Now the alert goes by cell broadcast and by SMS, which reach any phone, in the four main "
                                + "languages of the region, with a recorded voice message as well.",
                        "This is my main point, really.",
                        "Governments should require cell broadcast for public warnings, written in the languages "
                                + "people actually speak, because a warning is only as good as its last phone.")
                .discussion();
        Paragraph talks = narrative(d).stream().filter(p -> NarrativeWriter.PRESENTATIONS.equals(p.topic()))
                .findFirst().orElseThrow();
        assertThat(talks.text()).contains("argued that a village that can repair its own network")
                .doesNotContain("spare parts").contains("governments should require cell broadcast");
        // the negative cases: a cue pointing back, or one no statement follows, names no point
        assertThat(PositionFinder.statesThesis("This is my main point, really.")).isFalse();
        assertThat(PositionFinder.statesThesis("The main point of contention was funding.")).isFalse();
        assertThat(PositionFinder.statesThesis("So my main point for today: we need a regional repair ship."))
                .isTrue();
        assertThat(PositionFinder.statesThesis("My ask to the private sector is very simple: publish the outage "
                + "within a day.")).isTrue();
    }

    @Test
    void theSameTalkAtARoundTableHasNoPresentationsParagraph() {
        List<Paragraph> narrative = narrative(talks("Round Table - 90 Min"));
        assertThat(narrative).extracting(Paragraph::topic).doesNotContain(NarrativeWriter.PRESENTATIONS);
        assertThat(Fixture.text(narrative)).doesNotContain("presenters spoke in turn");
    }
}
