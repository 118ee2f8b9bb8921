package org.rapporteur.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.Passage;
import org.rapporteur.model.Turn;

/**
 * Turns from timed transcripts (subtitles, Otter, Teams, Meet): a turn is a run of consecutive cues by the same
 * speaker, from the first cue's start to the latest end among them (or, where no cue has an end, to the start of
 * the next turn when that is later; else the end stays unknown). A cue that marks a change of voice (">>" in
 * captions without names) starts a turn even under the same label.
 */
final class TimedTurns {

    private static final Pattern NAMED = Pattern.compile("^([^:]{1,60}):\\s+(.*)$");
    private static final Pattern STAMP = Pattern.compile("^(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?$");

    /**
     * One timed piece of speech; {@code label} is "" where the source names no speaker; end may be null;
     * {@code labelLine} the line holding the label where it stands on a line of its own, else null.
     */
    record Cue(String label, double start, Double end, List<Passage> passages, boolean newVoice, Integer labelLine) {

        Cue {
            passages = List.copyOf(passages);
        }

        Cue(String label, double start, Double end, List<Passage> passages, boolean newVoice) {
            this(label, start, end, passages, newVoice, null);
        }
    }

    private TimedTurns() {
    }

    static List<Turn> of(String file, List<Cue> cues) {
        List<Turn> turns = new ArrayList<>();
        Cue first = null;
        Double end = null;
        List<Passage> passages = new ArrayList<>();
        for (Cue cue : cues) {
            if (cue.passages().isEmpty()) {
                continue;
            }
            if (first != null && (cue.newVoice() || !cue.label().equals(first.label()))) {
                // Where the source gives no end, the turn lasts until the next one starts, if it starts later.
                Double until = end == null && cue.start() > first.start() ? Double.valueOf(cue.start()) : end;
                turns.add(turn(turns.size(), file, first, until, passages));
                first = null;
            }
            if (first == null) {
                first = cue;
                end = null;
                passages = new ArrayList<>();
            }
            passages.addAll(cue.passages());
            if (cue.end() != null && (end == null || cue.end() > end)) {
                end = cue.end();
            }
        }
        if (first != null) {
            turns.add(turn(turns.size(), file, first, end, passages));
        }
        return turns;
    }

    private static Turn turn(int index, String file, Cue first, Double end, List<Passage> passages) {
        String speaker = first.label().isEmpty() ? SpeakerResolver.UNIDENTIFIED : first.label();
        return new Turn(index, first.label(), speaker, file, passages, first.start(), end, first.labelLine());
    }

    /** Seconds of "01:02:03.450", "02:03.450", "00:00:01,000", "0:03" or "1:02:03"; null if not a time. */
    static Double seconds(String stamp) {
        Matcher m = STAMP.matcher(stamp.strip());
        if (!m.matches()) {
            return null;
        }
        double hours = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        String millis = m.group(4) == null ? "0" : (m.group(4) + "00").substring(0, 3);
        return hours * 3600 + Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3))
                + Integer.parseInt(millis) / 1000.0;
    }

    /** "Ana Ruiz: words" → {"Ana Ruiz", "words"}; null when the words before the colon are no name ("Note:"). */
    static String[] speakerPrefix(String text) {
        Matcher m = NAMED.matcher(text.strip());
        if (!m.matches() || m.group(1).isBlank() || m.group(1).strip().equalsIgnoreCase("note")
                || !CaptionTranscriptReader.isLabel(m.group(1).strip())) {
            return null;
        }
        return new String[] {m.group(1).strip(), m.group(2)};
    }
}
