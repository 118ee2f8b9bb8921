package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.GenderReflection;
import org.rapporteur.model.GenderTopic;
import org.rapporteur.model.Role;

/**
 * Gender reflection on small sessions: what was said about gender as topics with who raised them, spoken and in
 * the chat; whole words only; forms of address are no discussion; the plain "not discussed".
 */
class GenderReflectionFinderTest {

    @Test
    void topicsSayWhatWasRaisedByWhomInTheirWords() {
        GenderReflection g = GenderReflectionFinder.find(Fixture.session()
                .turn("Tendai Moyo", "At the beginning only one user in four was a woman.",
                        "We trained women as technicians, and women feel more comfortable asking another woman "
                        + "for help with their phone.")
                .turn("Grace Odhiambo", "Every community network could train five young women in network "
                        + "maintenance.")
                .turn("Lena Hoffmann", "Online harassment drives women journalists off the platforms within "
                        + "months.")
                .chat("Fatima Bello", "Thank you Tendai, very useful.\nDo the girls in the village schools get "
                        + "access too?", false, null)
                .chat("Kofi Asante", "Can I raise the point on women after Lena?", true, null)
                .discussion());

        assertThat(g.discussed()).isTrue();
        assertThat(g.mentions()).isEqualTo(5);
        assertThat(g.topics()).extracting(GenderTopic::topic).startsWith("women in technical and leadership roles")
                .contains("technology-facilitated gender-based violence", "education and skills for women and girls",
                        "the gender gap in access and connectivity")
                .endsWith(GenderReflectionFinder.OTHER);
        GenderTopic technicians = g.topics().get(0);
        assertThat(technicians.raisedBy()).containsExactly("Tendai Moyo", "Grace Odhiambo");
        assertThat(technicians.evidence()).extracting(Evidence::quote)
                .containsExactly("We trained women as technicians, and women feel more comfortable asking another "
                        + "woman for help with their phone.", "Every community network could train five young "
                        + "women in network maintenance.");
        assertThat(g.summary()).startsWith("Gender issues were discussed: women in technical and leadership roles, "
                + "raised by Tendai Moyo and Grace Odhiambo; ")
                .contains("technology-facilitated gender-based violence, raised by Lena Hoffmann")
                .contains("raised by Fatima Bello in the chat")
                .doesNotContain("Kofi Asante", "\u00d7");
        Evidence chat = g.topics().stream().filter(t -> t.raisedBy().contains("Fatima Bello")).findFirst()
                .orElseThrow().evidence().get(0);
        assertThat(chat.source()).isEqualTo(EvidenceSource.CHAT);
        // the message's second line, where the mention is, one line below the message's first line (1)
        assertThat(chat.line()).isEqualTo(2);
        assertThat(chat.quote()).isEqualTo("Do the girls in the village schools get access too?");
        assertThat(g.evidence()).hasSize(GenderReflectionFinder.EVIDENCE);
    }

    /** Each phrase of a topic's line is one alternative: "trafficking" alone, "hate speech" without "online". */
    @Test
    void eachPhraseOfATopicFindsItsMentionAlone() {
        GenderReflection g = GenderReflectionFinder.find(Fixture.session()
                .turn("Tendai Moyo", "Trafficking of women and girls is organised through messaging apps now.")
                .turn("Grace Odhiambo", "Hate speech against women politicians silences them before elections.")
                .discussion());

        assertThat(g.topics()).extracting(GenderTopic::topic).contains("gender-based violence",
                "technology-facilitated gender-based violence");
    }

    /** Women's accounts and rural women are topics of their own, not "other remarks on gender". */
    @Test
    void financialInclusionAndRuralWomenAreNamedTopics() {
        GenderReflection g = GenderReflectionFinder.find(Fixture.session()
                .turn("Nadia Haddad",
                        "Account ownership rose, but the gain was much smaller for women, around 5 points.")
                .turn("Lucía Morales", "Her number on rural women is very important.",
                        "Many women did not have a phone in their own name, because the SIM was the husband's.")
                .turn("Karen Smith", "She was the first woman to serve as a councillor in rural Alberta.")
                .discussion());

        assertThat(g.topics()).extracting(GenderTopic::topic).contains("the gender gap in financial inclusion",
                "women in rural and remote areas", "the gender gap in access and connectivity");
        // a woman named far from the place's word is no rural topic
        assertThat(g.topics()).filteredOn(t -> t.topic().equals("women in rural and remote areas"))
                .flatExtracting(GenderTopic::evidence).noneMatch(e -> e.quote().contains("councillor"));
    }

    @Test
    void wordsThatOnlyContainATermAreNoMention() {
        GenderReflection g = GenderReflectionFinder.find(Fixture.session()
                .turn("Rayna Okafor", "The new labelling scheme engendered trust among manufacturers and "
                        + "regulators alike.",
                        "Our sales of womenswear sensors went up by a third last year.")
                .discussion());

        assertThat(g.discussed()).isFalse();
        assertThat(g.mentions()).isZero();
        assertThat(g.evidence()).isEmpty();
        assertThat(g.topics()).isEmpty();
        assertThat(g.summary()).isEqualTo("Gender issues were not discussed: nothing in the transcript spoke of "
                + "gender, women and girls or LGBTQ+ people, forms of address such as \"ladies and gentlemen\" "
                + "aside.");
    }

    @Test
    void formsOfAddressAreNoDiscussion() {
        GenderReflection g = GenderReflectionFinder.find(Fixture.session()
                .turn("Rayna Okafor", "Ladies and gentlemen, the spectrum auction raised less than the treasury "
                        + "expected this year.",
                        "Madam Chair, the regulator should publish the reserve prices before the next round.")
                .turn("Kofi Asante", "I agree with Ms Okafor that the reserve prices were set far too high.",
                        "The brave men and women of our rescue services deserve better radios than this.",
                        "Every citizen should be able to reach him or her by phone.")
                .discussion());

        assertThat(g.discussed()).isFalse();
        assertThat(g.topics()).isEmpty();
    }

    @Test
    void everyoneNamedByGenderCountsOnlyWithATopic() {
        GenderReflection g = GenderReflectionFinder.find(Fixture.session()
                .turn("Rayna Okafor", "Men and women of this sector still do not get equal pay for the same "
                        + "network jobs.")
                .discussion());

        assertThat(g.topics()).extracting(GenderTopic::topic).contains("the gender pay gap");
    }

    @Test
    void aSinglePassingMentionIsTouchedOnBriefly() {
        GenderReflection g = GenderReflectionFinder.find(Fixture.session()
                .turn("Lena Hoffmann", "Our survey covered gender-based violence online as one of twelve harms.")
                .chat("Ken Ito", "Slides please?", false, null)
                .discussion());

        assertThat(g.discussed()).isTrue();
        assertThat(g.summary()).isEqualTo("Gender issues were touched on briefly: gender-based violence, raised by "
                + "Lena Hoffmann.");
        assertThat(g.evidence()).singleElement().extracting(Evidence::line).isEqualTo(5);
    }

    /**
     * A speaker's self-introduction can say what their work is about, heard where nothing else spoke of gender; the
     * chair's introduction of someone else only links speakers.
     */
    @Test
    void aSelfIntroductionSaysWhatTheWorkIsAbout() {
        GenderReflection own = GenderReflectionFinder.find(Fixture.session()
                .person("Lucia Ferrante", Role.MODERATOR, "Civil Society")
                .turn("Yusra Haddad", "I'm with Sawt Network, we are based in Amman and we document online "
                        + "harassment of women journalists in the Arab region.")
                .discussion());
        GenderReflection chairs = GenderReflectionFinder.find(Fixture.session()
                .person("Lucia Ferrante", Role.MODERATOR, "Civil Society")
                .turn("Lucia Ferrante", "Our next speaker is with Sawt Network, which documents online harassment "
                        + "of women journalists in the Arab region.")
                .turn("Yusra Haddad", "Thank you, Lucia.")
                .discussion());

        GenderReflection besideSubstance = GenderReflectionFinder.find(Fixture.session()
                .turn("Yusra Haddad", "I'm with Sawt Network, we are based in Amman and we document online "
                        + "harassment of women journalists in the Arab region.",
                        "Girls in rural areas still have no school computers at all.")
                .discussion());

        assertThat(own.topics()).extracting(GenderTopic::topic)
                .containsExactly("technology-facilitated gender-based violence");
        assertThat(chairs.discussed()).isFalse();
        assertThat(besideSubstance.topics()).extracting(GenderTopic::topic)
                .doesNotContain("technology-facilitated gender-based violence");
    }
}
