package org.rapporteur.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A broken-off caption sentence is told by patterns searched only near the end: they find what a full search finds. */
class SentenceScorerTest {

    private static final Pattern LAST_WORD = SentenceScorer.LAST_WORD;
    private static final Pattern FINISHED = SentenceScorer.FINISHED;

    @Test
    void searchingNearTheEndFindsWhatSearchingAllFinds() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", ".", "Done.", "Done.\n", "Done.\r\n", "Done.\n\n",
                "He said \u201cstop.\u201d", "(See above.)", "and the rest of", "the rest of.", "it is essential for.",
                "essential for \u00e9.", "caf\u00e9 for.", "for_.", "for 12.", "what is it for?!\u2019\"",
                "\ud835\udc00for.", "o'for.", "x for\u2029"));
        for (String sample : List.of("ws530", "of-community-networks")) {
            texts.addAll(Files.readAllLines(Path.of("samples", sample, "transcript.txt")));
        }
        for (String text : texts) {
            boolean finished = FINISHED.matcher(text).find();
            Matcher all = LAST_WORD.matcher(text);
            Matcher near = LAST_WORD.matcher(text).region(SentenceScorer.lastWordStart(text), text.length());
            boolean found = all.find();
            assertThat(near.find()).as(text).isEqualTo(found);
            if (found) {
                assertThat(near.group(1)).as(text).isEqualTo(all.group(1));
            }
            assertThat(FINISHED.matcher(text).region(SentenceScorer.finishStart(text), text.length()).find())
                    .as(text).isEqualTo(finished);
        }
    }
}
