package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.Evidence;
import org.rapporteur.model.EvidenceSource;
import org.rapporteur.model.GenderReflection;

/** Gender reflection on small sessions: spoken and chat mentions, whole words only, and the plain "not discussed". */
class GenderReflectionFinderTest {

    @Test
    void mentionsInTalkAndPublicChatAreCountedAndQuoted() {
        GenderReflection g = GenderReflectionFinder.find(Fixture.session()
                .turn("Tendai Moyo", "At the beginning only one user in four was a woman.",
                        "We trained women as technicians, and women feel more comfortable asking another woman "
                        + "for help with their phone.")
                .turn("Grace Odhiambo", "Every community network could train five young women in network "
                        + "maintenance.")
                .chat("Fatima Bello", "Thank you Tendai, very useful.\nDo the girls in the village schools get "
                        + "access too?", false, null)
                .chat("Kofi Asante", "Can I raise the point on women after Lena?", true, null)
                .discussion());

        assertThat(g.discussed()).isTrue();
        assertThat(g.mentions()).isEqualTo(4);
        assertThat(g.summary()).startsWith("Gender issues were discussed (3 statements by 2 speakers and 1 public "
                + "chat message)").contains("women \u00d7 3");
        assertThat(g.evidence()).hasSize(3);
        assertThat(g.evidence().get(0).quote()).startsWith("We trained women as technicians");
        assertThat(g.evidence()).extracting(Evidence::speaker).doesNotContain("Kofi Asante");
        Evidence chat = g.evidence().get(2);
        assertThat(chat.source()).isEqualTo(EvidenceSource.CHAT);
        // the message's second line, where the mention is, one line below the message's first line (1)
        assertThat(chat.line()).isEqualTo(2);
        assertThat(chat.quote()).isEqualTo("Do the girls in the village schools get access too?");
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
        assertThat(g.summary()).isEqualTo("Gender issues were not discussed: no statement in the transcript "
                + "mentions gender, women, girls, LGBTQ+ people or related terms.");
    }

    @Test
    void aSinglePassingMentionIsTouchedOnBriefly() {
        GenderReflection g = GenderReflectionFinder.find(Fixture.session()
                .turn("Lena Hoffmann", "Our survey covered gender-based violence online as one of twelve harms.")
                .chat("Ken Ito", "Slides please?", false, null)
                .discussion());

        assertThat(g.discussed()).isTrue();
        assertThat(g.summary()).isEqualTo("Gender issues were touched on briefly (1 statement by 1 speaker), "
                + "mentioning gender-based violence \u00d7 1.");
        assertThat(g.evidence()).singleElement().extracting(Evidence::line).isEqualTo(5);
    }
}
