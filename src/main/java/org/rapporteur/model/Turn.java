package org.rapporteur.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One speaker's uninterrupted contribution: the marker as written ({@code label}), the person it was resolved to
 * ({@code speaker}, never null: an unresolved voice keeps its label), and the passages that follow it.
 * Times are seconds from the start of the recording, null where the transcript has no timings.
 * {@code labelLine} is the 1-based line that holds the label where it stands apart from the words (a Webex cue id,
 * an Otter header); null where it opens the first passage's line.
 */
public record Turn(int index, String label, String speaker, String file, List<Passage> passages,
                   Double startSeconds, Double endSeconds, Integer labelLine) {

    public Turn {
        passages = List.copyOf(passages);
    }

    public Turn(int index, String label, String speaker, String file, List<Passage> passages, Double startSeconds,
                Double endSeconds) {
        this(index, label, speaker, file, passages, startSeconds, endSeconds, null);
    }

    /**
     * The label quoted where it stands: its own line (a Webex cue id, an Otter header), else the line of the turn's
     * first words, which it opens ("Ana Ruiz (she/her): Hello"). {@code time} is when the turn's first sentence was
     * said; {@code firstLine} stands in for a turn without passages.
     */
    public Evidence labelEvidence(int firstLine, String time) {
        int line = labelLine != null ? labelLine : passages.isEmpty() ? firstLine : passages.get(0).line();
        return new Evidence(EvidenceSource.TRANSCRIPT, file, speaker, line, time, label.strip());
    }

    /** The spoken text: passages joined by single spaces, so offsets map back to passages. */
    public String text() {
        return passages.stream().map(Passage::text).collect(Collectors.joining(" "));
    }

    public int words() {
        return passages.stream().mapToInt(p -> Text.wordCount(p.text())).sum();
    }

    /**
     * Whether its text was cut into sentences at pauses: captions without punctuation, whose sentences end where the
     * speech pauses, not on a stop.
     */
    public boolean pausedCaptions() {
        return passages.stream().anyMatch(Passage::pauseBefore);
    }

    /** Offsets of {@link #text()} where a sentence starts after a pause, ascending (see {@link #pausedCaptions}). */
    public List<Integer> pauses() {
        List<Integer> at = new ArrayList<>();
        int offset = 0;
        for (Passage p : passages) {
            if (p.pauseBefore() && offset > 0) {
                at.add(offset);
            }
            // passages are joined by one space
            offset += p.text().length() + 1;
        }
        return at;
    }

    /** The line of the passage holding an offset of {@link #text()}. */
    public int lineAt(int offset) {
        return passageAt(offset).line();
    }

    /**
     * When the words at an offset of {@link #text()} were said: the time of the passage holding it, else of the last
     * timed passage before it, else the turn's start (null where nothing is timed).
     */
    public Double secondsAt(int offset) {
        Double seconds = startSeconds;
        int start = 0;
        for (Passage p : passages) {
            if (start > offset) {
                break;
            }
            seconds = p.seconds() != null ? p.seconds() : seconds;
            start += p.text().length() + 1;
        }
        return seconds;
    }

    private Passage passageAt(int offset) {
        int start = 0;
        for (Passage p : passages) {
            int end = start + p.text().length();
            // passages are joined by one space
            if (offset < end + 1) {
                return p;
            }
            start = end + 1;
        }
        return passages.get(passages.size() - 1);
    }

    public Turn withSpeaker(String name) {
        return new Turn(index, label, name, file, passages, startSeconds, endSeconds, labelLine);
    }
}
