package org.rapporteur.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void estimatesTheTimeLeftFromThisRunsRate() {
        Progress progress = new Progress(out, false);
        progress.start(30, 0);
        progress.completed();
        progress.failed();
        progress.completed();

        assertThat(progress.line(Duration.ofSeconds(30)))
                .isEqualTo("Progress: 3/30 sessions done, 1 failed, about 4 min 30 s left");
        assertThat(progress.line(Duration.ofSeconds(1))).endsWith("about 9 s left");
    }

    @Test
    void aResumedRunCountsWhatAnEarlierExecutionCompletedButNotItsTime() {
        Progress progress = new Progress(out, false);
        progress.start(10, 8);
        progress.completed();

        assertThat(progress.line(Duration.ofSeconds(5))).isEqualTo("Progress: 9/10 sessions done, 0 failed, about 5 s left");
    }

    @Test
    void withoutATerminalEachUpdateIsALineAfterTheSessionsOwnLine() {
        Progress progress = new Progress(out, false);
        progress.start(2, 0);
        progress.say("ws1: completed in 1.0 s");
        progress.completed();
        progress.say("ws2: completed in 1.0 s");
        progress.completed();

        assertThat(text().lines()).hasSize(4).satisfies(lines -> {
            assertThat(lines.get(0)).isEqualTo("ws1: completed in 1.0 s");
            assertThat(lines.get(1)).startsWith("Progress: 1/2 sessions done, 0 failed, about ");
            assertThat(lines.get(3)).isEqualTo("Progress: 2/2 sessions done, 0 failed");
        });
        assertThat(text()).doesNotContain("\r").doesNotContain("\u001B");
    }

    @Test
    void onATerminalTheLineIsRewrittenInPlaceBelowTheSessionsLines() {
        Progress progress = new Progress(out, true);
        progress.start(3, 0);
        progress.completed();
        progress.say("ws2: completed");
        progress.completed();
        progress.completed();

        String text = text();
        assertThat(text).startsWith("Progress: 1/3 sessions done").contains("\r\u001B[Kws2: completed" + System.lineSeparator())
                .endsWith("\r\u001B[KProgress: 3/3 sessions done, 0 failed" + System.lineSeparator());
    }

    @Test
    void aSingleSessionRunShowsNoProgressLine() {
        Progress progress = new Progress(out, false);
        progress.start(1, 0);
        progress.say("ws1: completed");
        progress.completed();

        assertThat(text()).isEqualTo("ws1: completed" + System.lineSeparator());
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
