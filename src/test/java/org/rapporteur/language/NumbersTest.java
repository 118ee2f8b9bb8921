package org.rapporteur.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void digitsKeepTheirThousandsSeparator() {
        assertEquals(OptionalInt.of(1200), Numbers.value("about 1,200 people online"));
        assertEquals(OptionalInt.of(45), Numbers.value("45 of us"));
        assertEquals(OptionalInt.of(12), Numbers.value("12, 13 and 14"));
    }

    @Test
    void spokenNumbersAddAndMultiply() {
        assertEquals(OptionalInt.of(45), Numbers.value("about forty-five people in the room"));
        assertEquals(OptionalInt.of(30), Numbers.value("around thirty people connected"));
        assertEquals(OptionalInt.of(120), Numbers.value("one hundred and twenty participants"));
        assertEquals(OptionalInt.of(200), Numbers.value("two hundred delegates"));
        assertEquals(OptionalInt.of(2500), Numbers.value("two thousand five hundred viewers"));
        assertEquals(OptionalInt.of(12), Numbers.value("a dozen of us"));
    }

    @Test
    void aVagueQuantityOrNoNumberGivesNoValue() {
        assertTrue(Numbers.value("a few people joined").isEmpty());
        assertTrue(Numbers.value("many people joined").isEmpty());
        // "and" joins only after a multiplier: two numbers side by side are not one sum
        assertEquals(OptionalInt.of(2), Numbers.value("two and three"));
        // a word that only starts like a number is not one
        assertTrue(Numbers.value("tent city").isEmpty());
    }

    @Test
    void valuesAreWrittenAsWords() {
        assertEquals("three", Numbers.word(3));
        assertEquals("twelve", Numbers.word(12));
        assertEquals("21", Numbers.word(21));
    }

    @Test
    void cuePhrasesReadSpokenNumbers() {
        String phrase = "about <n> people";
        assertTrue(Pattern.compile("(?iu)" + Lexicon.compile(phrase))
                .matcher("We have about forty-five people in the room").find());
    }
}
