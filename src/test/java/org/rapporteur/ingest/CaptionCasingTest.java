package org.rapporteur.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lower-case captions read with the session's names capitalised, every offset kept. */
class CaptionCasingTest {

    private static final List<List<String>> LISTED = List.of(Names.key("Wanjiru Kamau"), Names.key("Rahul Menon"),
            Names.key("Oluwaseun Adeyemi"));

    @Test
    void listedNamesMisspeltOnesAndIntroducedNamesGetCapitalsAndANameEndsWithAComma() {
        String captions = "thank you rahul so i'm wanjiro kamau open cities lab and later hi i'm tom keller i'm with"
                + " a foundation thank you tom";

        String cased = CaptionCasing.cased(captions, LISTED);

        assertThat(cased).hasSameSizeAs(captions).isEqualTo("thank you Rahul so i'm Wanjiro Kamau,open cities lab"
                + " and later hi i'm Tom Keller,i'm with a foundation thank you Tom");
    }

    @Test
    void wordsAfterMyNameIsAreANameUpToAWordThatEndsOne() {
        assertThat(CaptionCasing.cased("good morning my name is fatou njie i work in dakar", LISTED))
                .isEqualTo("good morning my name is Fatou Njie,i work in dakar");
        // a split name before a listed surname is the name the voice gives
        assertThat(CaptionCasing.cased("i'm oluwa shaun adeyemi from lagos", LISTED))
                .isEqualTo("i'm Oluwa Shaun Adeyemi,from lagos");
    }

    @Test
    void wordsThatDescribeSomeoneAreNoNameAndShortWordsAreNoMisspelling() {
        String captions = "i'm very glad i'm here and i'm not sure from where the rain comes about";

        assertThat(CaptionCasing.cased(captions, LISTED)).isEqualTo(captions);
        assertThat(CaptionCasing.heardAs("wanjiru", "wanjiro")).isTrue();
        assertThat(CaptionCasing.heardAs("rahul", "rahel")).isTrue();
        assertThat(CaptionCasing.heardAs("kamau", "about")).isFalse();
        assertThat(CaptionCasing.heardAs("ana", "and")).isFalse();
    }

    @Test
    void captionsWithCapitalsAreNotLowerCase() {
        assertThat(CaptionCasing.lowerCase("so we agree the next point is money and time for the city")).isTrue();
        assertThat(CaptionCasing.lowerCase("So we agree. The next point is money, Ana.")).isFalse();
    }
}
