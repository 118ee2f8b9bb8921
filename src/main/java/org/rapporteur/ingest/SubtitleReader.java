package org.rapporteur.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.rapporteur.model.Passage;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;
import org.rapporteur.model.Text;
import org.rapporteur.model.Turn;

/**
 * Subtitle transcripts: WebVTT as Zoom, Teams, Webex and YouTube export it, and SRT. Blocks are separated by
 * empty lines; a cue is an optional id line, a timing line ({@code 00:00:04.859 --> 00:00:07.410}, hours
 * optional, SRT with a comma) and text lines. The speaker of a cue is, in this order:
 * <ul>
 *   <li>a voice tag {@code <v Carlos Far&#237;as>words</v>} (Teams; entities decoded, {@code </v>} optional,
 *       several voices in one cue become several cues);</li>
 *   <li>the name in a Webex cue id {@code 1 "Ana Ruiz" (1262511360)} ({@code "" (0)} is nobody);</li>
 *   <li>a change of voice: {@code >>} with or without {@code NAME:}, or a dialogue dash {@code - };</li>
 *   <li>a {@code Name: words} prefix on the cue's first line (Zoom; "Note:" is not a name).</li>
 * </ul>
 * Other cues have no named speaker, except in SRT and YouTube captions, which name a speaker only where the voice
 * changes ({@code >> NAME:}, as captioners and volunteers write it): there an unnamed cue goes on with the speaker
 * before it. YouTube's rolling cues repeat the previous line: only new text
 * (the line with inline word timings, or a line not just shown) is kept, tags removed. NOTE, STYLE and REGION
 * blocks are skipped; a block without timing is skipped with a warning. Consecutive cues of one speaker make one
 * turn ({@link TimedTurns}). Passages are the cue text lines with tags removed and entities decoded, so where a
 * line held tags the passage is no longer the file's exact text. In YouTube captions without punctuation (automatic
 * captions), a pause of {@value #PAUSE_SECONDS} seconds or more between the starts of two timed words starts a new
 * passage marked {@link Passage#pauseBefore()}, where the annotation starts a sentence.
 */
public final class SubtitleReader implements InputReader {

    public static final String ZOOM = "zoom-vtt";
    public static final String TEAMS = "teams-vtt";
    public static final String WEBEX = "webex-vtt";
    public static final String YOUTUBE = "youtube-vtt";
    public static final String VTT = "vtt";
    public static final String SRT = "srt";
    /**
     * Between the starts of two timed words, a pause this long or longer ends a sentence where captions have no
     * punctuation: a word is said in a third of a second or so, so some seven tenths of a second of silence.
     */
    static final double PAUSE_SECONDS = 1.0;

    private static final String TIME = "(?:\\d{1,3}:)?\\d{1,2}:\\d{2}[.,]\\d{1,3}";
    private static final Pattern TIMING = Pattern.compile("^\\s*(" + TIME + ")\\s*-->\\s*(" + TIME + ")(?:\\s.*)?$");
    private static final Pattern WEBEX_ID = Pattern.compile("^\\d+\\s+\"(.*)\"\\s+\\(\\d+\\)\\s*$");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s<>]*+)?(?:\\s++([^<>]*+))?>");
    private static final Pattern INLINE_TIME = Pattern.compile("<" + TIME + ">");
    private static final Pattern INLINE_TIME_CAPTURED = Pattern.compile("<(" + TIME + ")>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]*+>|<" + TIME + ">");
    /** A change of voice: captioners' ">>", subtitles' dialogue dash. */
    private static final Pattern CHANGE = Pattern.compile("^(?:>>|-\\s)\\s*(.*)$");

    @Override
    public Optional<String> detect(InputFile file) throws IOException {
        List<String> head = file.content().head(3);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        if (head.get(0).startsWith("WEBVTT")) {
            return Optional.of(variant(file.content().lines()));
        }
        boolean srt = head.size() >= 2 && head.get(0).strip().matches("\\d+") && TIMING.matcher(head.get(1)).matches();
        return srt ? Optional.of(SRT) : Optional.empty();
    }

    /** Which exporter wrote the WebVTT file, from the first telling line. */
    private static String variant(List<String> lines) {
        for (String line : lines) {
            if (VOICE.matcher(line).find()) {
                return TEAMS;
            }
            if (WEBEX_ID.matcher(line).matches()) {
                return WEBEX;
            }
            if (line.startsWith("Kind:") || INLINE_TIME.matcher(line).find()) {
                return YOUTUBE;
            }
        }
        boolean named = false;
        for (int i = 1; i < lines.size() && !named; i++) {
            named = TIMING.matcher(lines.get(i - 1)).matches() && TimedTurns.speakerPrefix(lines.get(i)) != null;
        }
        return named ? ZOOM : VTT;
    }

    @Override
    public void read(InputFile file, String format, SessionParts parts) throws InputException, IOException {
        List<String> lines = file.content().lines();
        List<TimedTurns.Cue> cues = new ArrayList<>();
        Rolling rolling = format.equals(YOUTUBE) ? new Rolling() : null;
        int i = format.equals(SRT) ? 0 : endOfBlock(lines, 0);
        while (i < lines.size()) {
            if (lines.get(i).isEmpty()) {
                i++;
                continue;
            }
            int end = endOfBlock(lines, i);
            String first = lines.get(i).strip();
            if (!first.startsWith("NOTE") && !first.startsWith("STYLE") && !first.startsWith("REGION")) {
                int timing = TIMING.matcher(lines.get(i)).matches() ? i
                        : i + 1 < end && TIMING.matcher(lines.get(i + 1)).matches() ? i + 1 : -1;
                if (timing < 0) {
                    parts.warn(file.name() + ":" + (i + 1) + ": no cue timing; skipped");
                } else {
                    cues.addAll(cue(lines, i, timing, end, rolling));
                }
            }
            i = end;
        }
        if (rolling != null && !unpunctuated(cues)) {
            cues = withoutPauses(cues);
        }
        List<Turn> turns = TimedTurns.of(file.name(),
                format.equals(SRT) || format.equals(YOUTUBE) ? continued(cues) : cues);
        if (turns.isEmpty()) {
            throw new InputException(file.name(), "no cue with text: nothing was said");
        }
        parts.turns.addAll(turns);
        parts.sources.add(new SourceFile(file.name(), SourceKind.TRANSCRIPT, format, turns.size()));
    }

    private static boolean unpunctuated(List<TimedTurns.Cue> cues) {
        int words = 0;
        int marks = 0;
        for (TimedTurns.Cue c : cues) {
            for (Passage p : c.passages()) {
                words += Text.wordCount(p.text());
                marks += TranscriptShape.sentenceMarks(p.text());
            }
        }
        return TranscriptShape.unpunctuated(words, marks);
    }

    /** Punctuated captions: their sentence marks end sentences, not the pauses. */
    private static List<TimedTurns.Cue> withoutPauses(List<TimedTurns.Cue> cues) {
        List<TimedTurns.Cue> out = new ArrayList<>(cues.size());
        for (TimedTurns.Cue c : cues) {
            out.add(new TimedTurns.Cue(c.label(), c.start(), c.end(),
                    c.passages().stream().map(p -> new Passage(p.line(), p.text(), false, p.seconds())).toList(),
                    c.newVoice(), c.labelLine()));
        }
        return out;
    }

    /** SRT and YouTube name a speaker where the voice changes: an unnamed cue goes on with the speaker before it. */
    private static List<TimedTurns.Cue> continued(List<TimedTurns.Cue> cues) {
        List<TimedTurns.Cue> out = new ArrayList<>();
        String speaker = "";
        for (TimedTurns.Cue c : cues) {
            speaker = c.newVoice() || !c.label().isEmpty() ? c.label() : speaker;
            out.add(new TimedTurns.Cue(speaker, c.start(), c.end(), c.passages(), c.newVoice()));
        }
        return out;
    }

    private static int endOfBlock(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && !lines.get(i).isEmpty()) {
            i++;
        }
        return i;
    }

    /** The cues of one block: one per voice, each line of text a passage. */
    private static List<TimedTurns.Cue> cue(List<String> lines, int blockStart, int timing, int end, Rolling rolling) {
        Matcher t = TIMING.matcher(lines.get(timing));
        t.matches();
        double start = TimedTurns.seconds(t.group(1));
        Double stop = TimedTurns.seconds(t.group(2));
        Matcher webex = timing > blockStart ? WEBEX_ID.matcher(lines.get(blockStart).strip()) : null;
        String label = webex != null && webex.matches() ? webex.group(1).strip() : "";
        // a Webex cue id stands on its own line, above the timing
        Integer labelLine = label.isEmpty() ? null : blockStart + 1;

        List<TimedTurns.Cue> cues = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        boolean newVoice = false;
        boolean voiced = false;
        boolean firstLine = true;
        for (int i = timing + 1; i < end; i++) {
            String line = lines.get(i);
            if (rolling != null && rolling.repeats(line)) {
                continue;
            }
            Matcher v = VOICE.matcher(line);
            int from = 0;
            while (v.find()) {
                addText(passages, i, line.substring(from, v.start()), false, start);
                flush(cues, label, start, stop, passages, newVoice, labelLine);
                passages = new ArrayList<>();
                labelLine = null;
                label = v.group(1) == null ? "" : Parser.unescapeEntities(v.group(1), false).strip();
                newVoice = false;
                voiced = true;
                from = v.end();
            }
            String text = line.substring(from);
            if (!voiced && firstLine) {
                Matcher change = CHANGE.matcher(text.strip());
                if (change.matches()) {
                    newVoice = true;
                    String[] named = TimedTurns.speakerPrefix(change.group(1));
                    // under a Webex id the connection stays the label: another voice speaking through it
                    if (named != null || labelLine == null) {
                        labelLine = null;
                        label = named != null ? named[0] : "";
                    }
                    text = named != null ? named[1] : change.group(1);
                } else if (label.isEmpty() && TimedTurns.speakerPrefix(text) != null) {
                    String[] named = TimedTurns.speakerPrefix(text);
                    label = named[0];
                    text = named[1];
                }
            }
            if (rolling != null && INLINE_TIME.matcher(text).find()) {
                rolling.addTimed(passages, i, text, start);
            } else {
                addText(passages, i, text, false, start);
            }
            firstLine = false;
        }
        flush(cues, label, start, stop, passages, newVoice, labelLine);
        return cues;
    }

    /** The text of a line (tags removed) as a passage said at {@code seconds}, if any text is left. */
    private static void addText(List<Passage> passages, int index, String raw, boolean pauseBefore, double seconds) {
        String text = Parser.unescapeEntities(TAG.matcher(raw).replaceAll(""), false).strip();
        if (!text.isEmpty()) {
            passages.add(new Passage(index + 1, text, pauseBefore, seconds));
        }
    }

    private static void flush(List<TimedTurns.Cue> cues, String label, double start, Double end,
                              List<Passage> passages, boolean newVoice, Integer labelLine) {
        if (!passages.isEmpty()) {
            cues.add(new TimedTurns.Cue(label, start, end, passages, newVoice, labelLine));
        }
    }

    /**
     * YouTube's rolling captions: a line without word timings that was just shown is a repeat. Also when the last
     * timed word started, to find the pauses between words across lines and cues.
     */
    private static final class Rolling {
        private String previous = "";
        private String last = "";
        private Double lastWord;

        /**
         * A line with word timings ({@code good<00:00:00.690><c> morning</c>}; its first word starts with the cue):
         * one passage, or more where a pause between two words' starts is {@value #PAUSE_SECONDS} seconds or longer.
         */
        void addTimed(List<Passage> passages, int index, String line, double cueStart) {
            boolean pause = pausedBefore(cueStart);
            Matcher time = INLINE_TIME_CAPTURED.matcher(line);
            int from = 0;
            double said = cueStart;
            while (time.find()) {
                double word = TimedTurns.seconds(time.group(1));
                if (pausedBefore(word)) {
                    addText(passages, index, line.substring(from, time.start()), pause, said);
                    from = time.start();
                    pause = true;
                    said = word;
                }
            }
            addText(passages, index, line.substring(from), pause, said);
        }

        /** Whether a word starting then follows a pause after the word before; it becomes the last word seen. */
        private boolean pausedBefore(double start) {
            boolean paused = lastWord != null && start - lastWord >= PAUSE_SECONDS;
            lastWord = start;
            return paused;
        }

        boolean repeats(String line) {
            String text = TAG.matcher(line).replaceAll("").strip();
            if (text.isEmpty()) {
                return true;
            }
            if (!INLINE_TIME.matcher(line).find() && (text.equals(last) || text.equals(previous))) {
                return true;
            }
            previous = last;
            last = text;
            return false;
        }
    }
}
