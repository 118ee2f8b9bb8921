package org.rapporteur.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The phrase syntax of the lexicon files, and the shipped lexicons compiling. */
class LexiconTest {

    private static boolean matches(String phrase, String text) {
        return Pattern.compile("(?iu)" + Lexicon.compile(phrase)).matcher(text).find();
    }

    @Test
    void wordsAlternativesAndOptionalWords() {
        String phrase = "can you|everyone|we all? hear|see me|us";
        assertThat(matches(phrase, "Sorry, can everyone hear me?")).isTrue();
        assertThat(matches(phrase, "can we all see us")).isTrue();
        assertThat(matches(phrase, "can you hearken me")).isFalse();
        assertThat(matches(phrase, "toucan you hear me")).isFalse();
    }

    @Test
    void severalWordsAsOneAlternativeAndApostrophes() {
        assertThat(matches("i'm|i_am on mute", "I am on mute")).isTrue();
        assertThat(matches("i'm|i_am on mute", "I\u2019m on mute")).isTrue();
        assertThat(matches("i'm|i_am on mute", "I on mute")).isFalse();
    }

    @Test
    void prefixesGapsNumbersAndSentenceStart() {
        assertThat(matches("adjourn... the meeting", "We adjourned the meeting")).isTrue();
        assertThat(matches("put *3 on the? screen", "put the first slide on screen")).isTrue();
        assertThat(matches("put *3 on the? screen", "put one two three four on screen")).isFalse();
        assertThat(matches("you have <n> minutes", "you have 5 minutes")).isTrue();
        assertThat(matches("you have <n> minutes", "you have a few minutes")).isTrue();
        assertThat(matches("^ so what", "So what do we do?")).isTrue();
        assertThat(matches("^ so what", "And so what do we do?")).isFalse();
    }

    @Test
    void aGapWithACommaRunsOnAcrossCommas() {
        assertThat(matches("position *4, is not realistic", "that position, in our context, is not realistic")).isTrue();
        assertThat(matches("position *4 is not realistic", "that position, in our context, is not realistic")).isFalse();
        assertThat(matches("position *2, is not realistic", "that position, in our own context, is not realistic"))
                .isFalse();
        Pattern p = Pattern.compile("(?iu)" + Lexicon.compile("put *3, on the? screen"));
        assertThat(p.matcher("put " + "word, ".repeat(200_000) + "nowhere").find()).isFalse();
    }

    @Test
    void aPhraseMustBeginWithAWord() {
        assertThatThrownBy(() -> Lexicon.compile("maybe? not")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Lexicon.compile("*2 words")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gapsDoNotBacktrackOnLongInput() {
        Pattern p = Pattern.compile("(?iu)" + Lexicon.compile("put *3 on the? screen"));
        String hostile = "put " + "word ".repeat(200_000) + "nowhere";
        assertThat(p.matcher(hostile).find()).isFalse();
    }

    @Test
    void theShippedHousekeepingCueIsReadOnce() {
        assertThat(Lexicon.cue("housekeeping")).isSameAs(Lexicon.cue("housekeeping"));
        assertThat(Lexicon.cue("housekeeping").matcher("Can you see my screen now?").find()).isTrue();
        assertThat(Lexicon.phrases("housekeeping")).isNotEmpty().noneMatch(l -> l.startsWith("#"));
    }

    @Test
    void everyShippedLexiconCompiles() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/lexicon/en"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).toList();
            assertThat(names).contains("procedure", "closing-summary", "stated-consensus", "igf-process");
            for (String name : names) {
                assertThat(Lexicon.cue(name).pattern().pattern()).as(name).isNotEmpty();
            }
        }
    }

    @Test
    void anOptionalWordIsTakenWhole() {
        assertThat(Lexicon.openingEnd("framing", "I think that's wrong.")).isEqualTo("I think".length());
        assertThat(Lexicon.openingEnd("framing", "I think that labels work.")).isEqualTo("I think that".length());
        assertThat(Lexicon.openingEnd("framing", "Labels work, I think.")).isZero();
    }
}
