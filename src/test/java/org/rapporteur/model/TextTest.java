package org.rapporteur.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The word count the report uses everywhere: whitespace-separated tokens. */
class TextTest {

    @Test
    void wordsAreRunsBetweenWhitespace() {
        assertThat(Text.wordCount("")).isZero();
        assertThat(Text.wordCount(" \t\n ")).isZero();
        assertThat(Text.wordCount("one")).isEqualTo(1);
        assertThat(Text.wordCount("  Thank you,\tChair.\r\n Next  -  please ")).isEqualTo(6);
    }

    @Test
    void onlyRegexWhitespaceSeparatesWords() {
        // a no-break space joins, as splitting on \s did; a line separator at the ends is stripped
        assertThat(Text.wordCount("10\u00a0000 people\u2028")).isEqualTo(2);
        assertThat(Text.wordCount("a\u000bb\fc")).isEqualTo(3);
    }
}
