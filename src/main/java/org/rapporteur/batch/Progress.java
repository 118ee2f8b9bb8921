package org.rapporteur.batch;

import java.io.PrintStream;
import java.time.Duration;

/**
 * The run's progress line: sessions done out of all, how many failed, and the time left at this run's rate so far,
 * updated as each session ends. On a terminal it is one line rewritten in place, with the sessions' own lines
 * printed above it; otherwise (a log, a pipe) each update is a line of its own. Shown only when a run has more
 * than one session. Thread-safe: sessions end on several worker threads.
 */
final class Progress {

    private final PrintStream out;
    private final boolean terminal;
    private int total;
    private int done;
    private int failed;
    private int doneHere;
    private long startedNanos;
    private boolean statusShown;

    Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Whether {@code out} is the terminal the user watches. */
    static boolean isTerminal(PrintStream out) {
        return out == System.out && System.console() != null;
    }

    /** A run of {@code total} sessions begins, {@code alreadyDone} of them completed by an earlier execution. */
    synchronized void start(int total, int alreadyDone) {
        this.total = total;
        this.done = alreadyDone;
        this.failed = 0;
        this.doneHere = 0;
        this.startedNanos = System.nanoTime();
        this.statusShown = false;
    }

    /** A line about one session, printed above the progress line. */
    synchronized void say(String line) {
        clearStatus();
        out.println(line);
    }

    synchronized void completed() {
        ended(false);
    }

    synchronized void failed() {
        ended(true);
    }

    private void ended(boolean failure) {
        done++;
        doneHere++;
        if (failure) {
            failed++;
        }
        if (total <= 1) {
            return;
        }
        clearStatus();
        String line = line(Duration.ofNanos(System.nanoTime() - startedNanos));
        if (terminal && done < total) {
            out.print(line);
            out.flush();
            statusShown = true;
        } else {
            out.println(line);
        }
    }

    /** "Progress: 12/30 sessions done, 1 failed, about 2 min 5 s left". */
    String line(Duration elapsed) {
        StringBuilder line = new StringBuilder("Progress: ").append(done).append('/').append(total)
                .append(" sessions done, ").append(failed).append(" failed");
        int left = total - done;
        if (left > 0 && doneHere > 0) {
            long seconds = Math.round(elapsed.toMillis() / 1000.0 / doneHere * left);
            line.append(", about ").append(seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s")
                    .append(" left");
        }
        return line.toString();
    }

    private void clearStatus() {
        if (statusShown) {
            // carriage return and erase-line: the next text replaces the progress line
            out.print("\r\u001B[K");
            statusShown = false;
        }
    }
}
