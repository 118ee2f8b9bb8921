package org.rapporteur.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The words a cue cannot match without: they rule texts out, and never one the pattern would match. */
class RequiredWordsTest {

    @Test
    void aTextLackingSomeRequiredWordOfEveryPhraseIsRuledOut() {
        RequiredWords hear = RequiredWords.of(List.of("can you|everyone hear me", "is that? clear"));
        assertThat(hear.anyIn("Can you see me?")).isFalse();
        assertThat(hear.anyIn("Sorry, CAN EVERYONE HEAR ME?")).isTrue();
        assertThat(hear.anyIn("Is it clear?")).isTrue();
        assertThat(hear.anyIn("That is not what I hear.")).isFalse();
        // a necessary condition only: the words are there, the pattern decides
        assertThat(hear.anyIn("Me? You can hear it.")).isTrue();
        assertThat(hear.anyIn("nobody can hear you shear sheep")).isFalse();
    }

    @Test
    void aRecurringWordWhosePhraseLacksItsOtherWordsLeavesTheOtherPhrasesOnIt() {
        RequiredWords framework = RequiredWords.of(List.of("framework zebra",
                "framework|frameworks of_interoperability"));
        String repeated = "the framework, a framework, every framework ".repeat(2_000);
        assertThat(framework.anyIn(repeated)).isFalse();
        assertThat(framework.anyIn(repeated + "and interoperability")).isTrue();
        assertThat(framework.anyIn(repeated + "and a zebra")).isTrue();
        assertThat(framework.anyIn("Frameworks: ZEBRAS")).isTrue();
    }

    @Test
    void wordsBeginAfterAnySignAndCompareAsThePatternsDo() {
        RequiredWords gdpr = RequiredWords.of(List.of("gdpr", "i'm|i_am on mute"));
        assertThat(gdpr.anyIn("a pre-GDPR rule")).isTrue();
        assertThat(gdpr.anyIn("(Gdpr)")).isTrue();
        assertThat(gdpr.anyIn("I\u2019m ON MUTE")).isTrue();
        assertThat(gdpr.anyIn("I am only a mutex")).isTrue();
        assertThat(gdpr.anyIn("the mute button")).isFalse();
        assertThat(gdpr.anyIn("commute")).isFalse();
    }

    @Test
    void aNumberMayBeDigitsOrWordsAndAPhraseWithoutLettersRulesNothingOut() {
        RequiredWords number = RequiredWords.of(List.of("^ <n>"));
        assertThat(number.anyIn("42 people")).isTrue();
        assertThat(number.anyIn("A few people")).isTrue();
        assertThat(number.anyIn("Nobody came")).isFalse();
        assertThat(RequiredWords.of(List.of("'s"))).isNull();
    }

    @Test
    void aOneLetterBeginningIsFoundAtAWordOfOneLetterOrMore() {
        RequiredWords plan = RequiredWords.of(List.of("x", "plan b"));
        assertThat(plan.anyIn("the x")).isTrue();
        assertThat(plan.anyIn("X-rays")).isTrue();
        assertThat(plan.anyIn("a box")).isFalse();
        assertThat(plan.anyIn("Plan B")).isTrue();
        assertThat(plan.anyIn("plan")).isFalse();
    }

    @Test
    void aTextThatChangesBetweenAsksIsReadAgain() {
        RequiredWords hear = RequiredWords.of(List.of("can you hear me"));
        StringBuilder text = new StringBuilder("Can you hear me?");
        assertThat(hear.anyIn(text)).isTrue();
        text.replace(8, 12, "see");
        assertThat(hear.anyIn(text)).isFalse();
        String same = "Can you hear me?";
        assertThat(hear.anyIn(same)).isTrue();
        assertThat(RequiredWords.of(List.of("see")).anyIn(same)).isFalse();
    }

    @Test
    void everyShippedCueFindsWhatItsPatternFinds() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String sample : List.of("ws530", "of-community-networks")) {
            for (String file : List.of("transcript.txt", "chat.txt")) {
                for (String line : Files.readAllLines(Path.of("samples", sample, file))) {
                    texts.add(line);
                    texts.add(line.toUpperCase(Locale.ROOT));
                    texts.add(line.replace('\'', '\u2019'));
                }
            }
        }
        List<String> names;
        try (var files = Files.list(Path.of("src/main/resources/lexicon/en"))) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).toList();
        }
        int ruledOut = 0;
        for (String name : names) {
            Cue cue = Lexicon.cue(name);
            for (String text : texts) {
                boolean found = cue.pattern().matcher(text).find();
                assertThat(cue.find(text)).as(name + ": " + text).isEqualTo(found);
                ruledOut += cue.mayHold(text) ? 0 : 1;
            }
        }
        assertThat(ruledOut).isGreaterThan(names.size() * texts.size() / 2);
    }
}
