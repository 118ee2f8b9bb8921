package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.Participation;
import org.rapporteur.model.Role;

/** Women and gender-diverse participants: only from what people state, as a lower bound with its evidence. */
class StatedGenderTest {

    private static final Discussion FORUM = Fixture.session()
            .person("Nomvula Dlamini", Role.MODERATOR, "Civil Society")
            .person("Grace Odhiambo", Role.SPEAKER, "Government")
            .person("Ibrahim Sow", Role.SPEAKER, "Technical Community")
            .person("Sam Rivera", Role.PARTICIPANT, null)
            .person("Priya Sharma", Role.PARTICIPANT, null)
            .turn("Nomvula Dlamini", "Welcome, everyone.", "Ms. Odhiambo, the floor is yours.")
            .turn("Grace Odhiambo", "Thank you, Madam Chair.",
                    "Universal service funds should finance community networks.")
            .turn("Ibrahim Sow", "We miss the point if we only count towers.")
            .turn("Nomvula Dlamini", "Madam, in the front, please.")
            .turn("Priya Sharma", "Speaking as a young woman engineer, I find the training is what is missing.")
            .turn("Nomvula Dlamini", "And the gentleman behind her.")
            .turn("Sam Rivera", "As a non-binary person I rarely see myself in these programmes.")
            .chat("Maria Silva (she/her)", "Greetings from Recife", false, null)
            .chat("Alex Kim (he/him)", "Hello from Seoul", false, null)
            .chat("Jo Lee (they/them)", "Thanks for the session", false, null)
            .discussion();

    @Test
    void countsOnlyWhatPeopleStatedAsALowerBoundWithEvidence() {
        Participation.StatedGender g = StatedGender.of(FORUM);

        assertThat(g.people()).containsExactlyInAnyOrder("Maria Silva", "Jo Lee", "Grace Odhiambo",
                "Nomvula Dlamini", "Priya Sharma", "Sam Rivera");
        assertThat(g.women()).isEqualTo(4);
        assertThat(g.genderDiverse()).isEqualTo(2);
        assertThat(g.atLeast()).isEqualTo(6);
        assertThat(g.note()).contains("lower bound").contains("not a count");
        assertThat(g.evidence()).hasSize(6).extracting(Evidence::quote)
                .contains("Greetings from Recife", "Ms. Odhiambo, the floor is yours.", "Thank you, Madam Chair.");
    }

    /**
     * A count of the women said aloud ("we have eleven women among the twenty …") raises the lower bound, the
     * sentence quoted; women counted elsewhere ("we trained 300 women in Kenya") do not. Pronouns in an attendance
     * export's display name count, without the name, unless that person is counted by name already.
     */
    @Test
    void aWomensCountSaidAloudAndPronounsInTheAttendanceExportRaiseTheLowerBound() {
        Discussion d = Fixture.session()
                .person("Adaeze Okafor", Role.MODERATOR, "Government")
                .person("Hélène Kouassi", Role.SPEAKER, "Private Sector")
                .turn("Adaeze Okafor", "Last year we trained 300 women in Kenya.", "And for the report: we have"
                        + " eleven women among the twenty panellists and participants here.")
                .chat("Maria Silva (she/her)", "Greetings from Recife", false, null)
                .attendance(3, "Hon. Grace Akello (she/her) grace@example.ug", "Maria Silva (she/her)",
                        "Tom Okello tom@example.ug")
                .discussion();

        Participation.StatedGender g = StatedGender.of(d);

        assertThat(g.atLeast()).isEqualTo(11);
        assertThat(g.women()).isEqualTo(11);
        assertThat(g.people()).containsExactly("Maria Silva");
        assertThat(g.evidence()).extracting(Evidence::quote).contains("And for the report: we have eleven women"
                + " among the twenty panellists and participants here.");
        assertThat(g.note()).contains("1 name of the attendance export").doesNotContain("Akello");

        Discussion trained = Fixture.session()
                .person("Adaeze Okafor", Role.MODERATOR, "Government")
                .turn("Adaeze Okafor", "Last year we trained 300 women in Kenya.")
                .attendance(2, "Hon. Grace Akello (she/her) grace@example.ug", "Tom Okello tom@example.ug")
                .discussion();
        assertThat(StatedGender.of(trained).atLeast()).isEqualTo(1);
        assertThat(StatedGender.of(trained).people()).isEmpty();
    }

    /**
     * Pronouns in the label a voice spoke under are cited as the label, on the line that holds it: a Webex cue id's
     * own line, else the line the label opens; never the voice's first sentence, which says nothing of it.
     */
    @Test
    void pronounsInASpeakersLabelAreCitedAsTheLabelWhereItStands() {
        Discussion d = Fixture.session()
                .person("Nadia Berrada", Role.MODERATOR, "Civil Society")
                .person("Ana Ruiz", Role.SPEAKER, "Government")
                .cueTurn("Nadia Berrada", "Nadia Berrada (she/her)", "Okay, I think we are live.")
                .labelledTurn("Ana Ruiz", "Ana Ruiz (she/her)", "Thank you, Nadia.")
                .discussion();

        List<Evidence> evidence = StatedGender.of(d).evidence();

        assertThat(evidence).extracting(Evidence::quote).containsExactly("Nadia Berrada (she/her)",
                "Ana Ruiz (she/her)");
        Evidence cue = evidence.get(0);
        assertThat(cue.line()).isEqualTo(d.session().turns().get(0).labelLine())
                .isEqualTo(d.session().turns().get(0).passages().get(0).line() - 1);
        assertThat(evidence.get(1).line()).isEqualTo(d.session().turns().get(1).passages().get(0).line());
    }

    @Test
    void namesHeAndMissAsAVerbCountNobody() {
        Participation.StatedGender g = StatedGender.of(FORUM);

        // "Alex Kim (he/him)", Ibrahim Sow ("We miss the point"), and nobody guessed from a name
        assertThat(g.people()).doesNotContain("Alex Kim", "Ibrahim Sow");
        Discussion unstated = Fixture.session()
                .person("Maria Gonzalez", Role.SPEAKER, "Civil Society")
                .turn("Maria Gonzalez", "Community networks need spectrum they can afford.")
                .chat("Fatima Bello", "Greetings from Kano", false, null)
                .discussion();
        assertThat(StatedGender.of(unstated)).isNull();
    }

    @Test
    void msWithoutASpaceNamesHerAndNotTheNextSpeaker() {
        Discussion hearing = Fixture.session()
                .person("Anthony Rota", Role.MODERATOR, "Parliament")
                .person("Louise Chabot", Role.SPEAKER, "Parliament")
                .person("Dominic Leblanc", Role.SPEAKER, "Government")
                .turn("Anthony Rota", "Ms.Chabot, you have the floor.")
                .turn("Dominic Leblanc", "Mr. Chair, the member is mistaken about the programme.")
                .discussion();
        assertThat(StatedGender.of(hearing).people()).containsExactly("Louise Chabot");
    }

    /**
     * A chair's "Thank you, Madam." (also "Merci beaucoup, Madame.") thanks the woman who has just spoken, not the
     * member called next; a bare "Madam" giving the floor is still the next speaker.
     */
    @Test
    void thanksToMadamAreForWhoJustSpokeNotTheNextSpeaker() {
        Discussion hearing = Fixture.session()
                .person("Mwila Banda", Role.MODERATOR, "Government")
                .person("Aminata Coulibaly", Role.SPEAKER, "Government")
                .person("Joseph Mulenga", Role.PARTICIPANT, "Government")
                .person("Rose Phiri", Role.PARTICIPANT, null)
                .turn("Aminata Coulibaly", "Our authority gives an opinion before any sharing of files.")
                .turn("Mwila Banda", "Merci beaucoup, Madame.", "Hon. Mulenga, your question.")
                .turn("Joseph Mulenga", "Is that opinion binding on a minister?")
                .turn("Aminata Coulibaly", "Only for biometric files.")
                .turn("Mwila Banda", "Thank you, Madam.", "Madam, at the back, please.")
                .turn("Rose Phiri", "Does the authority publish its opinions?")
                .discussion();
        assertThat(StatedGender.of(hearing).people()).containsExactlyInAnyOrder("Aminata Coulibaly", "Rose Phiri");
    }

    /** "The gentleman first, and then the lady": he speaks next, so the next voice is not counted as her. */
    @Test
    void aLadyCalledAfterAGentlemanIsNotTheNextSpeaker() {
        Discussion after = Fixture.session()
                .person("Helena Shikongo", Role.MODERATOR, "Government")
                .turn("Helena Shikongo", "The gentleman at the back first, and then the lady next to him, please.")
                .turn("Tomas", "I work for a mobile operator. Why are operators not in the framework?")
                .discussion();
        assertThat(StatedGender.of(after)).isNull();

        Discussion here = Fixture.session()
                .person("Helena Shikongo", Role.MODERATOR, "Government")
                .turn("Helena Shikongo", "I see hands. The gentleman here in front, then the lady by the door.")
                .turn("Tomas", "I work for a mobile operator. Why are operators not in the framework?")
                .discussion();
        assertThat(StatedGender.of(here)).isNull();

        Discussion first = Fixture.session()
                .person("Helena Shikongo", Role.MODERATOR, "Government")
                .turn("Helena Shikongo", "The lady in the front first, then the gentleman at the back.")
                .turn("Rita", "Whose identity is it, when the phone is shared?")
                .discussion();
        assertThat(StatedGender.of(first).people()).containsExactly("Rita");
    }

    @Test
    void aSurnameTwoPeopleShareNamesNeither() {
        Discussion hearing = Fixture.session()
                .person("Anthony Rota", Role.MODERATOR, "Parliament")
                .person("Ruby Sahota", Role.SPEAKER, "Parliament")
                .person("Jag Sahota", Role.SPEAKER, "Parliament")
                .turn("Anthony Rota", "We'll now go to Ms. Sahota in Brampton North.")
                .turn("Ruby Sahota", "Thank you, Chair, I will share my time.")
                .discussion();
        assertThat(StatedGender.of(hearing)).isNull();
    }

    @Test
    void aRelayedSelfDescriptionIsNotTheReaders() {
        Discussion relayed = Fixture.session()
                .person("Kofi Asante", Role.ONLINE_MODERATOR, "Technical Community")
                .turn("Kofi Asante", "We have a question from the chat.",
                        "Fatima writes: \"As a woman in northern Nigeria, how do I get a phone of my own?\"")
                .discussion();
        assertThat(StatedGender.of(relayed)).isNull();
    }

    @Test
    void theReportCarriesItInParticipation() {
        assertThat(new SessionAnalyzer().analyse(Fixture.session()
                .person("Grace Odhiambo", Role.SPEAKER, "Government")
                .turn("Grace Odhiambo", "Speaking as a mother, I want safe devices at home for my children.")
                .annotate()).participation().womenAndGenderDiverse())
                .extracting(Participation.StatedGender::people).isEqualTo(List.of("Grace Odhiambo"));
    }
}
