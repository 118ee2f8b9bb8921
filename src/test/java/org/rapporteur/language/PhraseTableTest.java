package org.rapporteur.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A fact table's every mention of its values, overlapping ones too, whatever word the phrase opens inside. */
class PhraseTableTest {

    private final PhraseTable instruments = PhraseTable.read("facts/instruments.txt");

    @Test
    void everyMentionIsFoundInTheTextsOrder() {
        assertThat(instruments.all("Before the pre-GDPR era, the Children\u2019s Online Privacy Protection Act and "
                + "COPPA were all we had.")).extracting(PhraseTable.Found::value)
                .containsExactly("GDPR (General Data Protection Regulation)",
                        "COPPA (Children's Online Privacy Protection Act)",
                        "COPPA (Children's Online Privacy Protection Act)");
        assertThat(instruments.all("Nothing of the kind was said about data in general.")).isEmpty();
    }

    @Test
    void overlappingPhrasesOfOneValueAreEachFound() {
        assertThat(instruments.all("The UN Guiding Principles on Business and Human Rights apply."))
                .extracting(PhraseTable.Found::start).containsExactly(4, 7);
    }
}
