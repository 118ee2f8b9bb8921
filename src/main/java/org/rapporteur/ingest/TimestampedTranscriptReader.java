package org.rapporteur.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.Passage;
import org.rapporteur.model.SourceFile;
import org.rapporteur.model.SourceKind;
import org.rapporteur.model.Turn;

/**
 * Transcripts whose text carries the times: Otter .txt, Teams .docx and Google Meet .docx (lines of a .docx are
 * its paragraphs, a line break inside a paragraph giving a new line; see {@link DocumentText}). Layouts assumed:
 * <pre>
 * Otter .txt                      Teams .docx                        Google Meet .docx
 * Ana Ruiz  0:03                  Weekly sync                        Weekly sync - Transcript
 * Good morning.                   March 3, 2024, 2:00PM              Transcript
 *                                 Ana Ruiz started transcription     00:00:00
 * Unknown Speaker  1:02:03        Ana Ruiz   0:04                    Ana Ruiz: Good morning.
 * Thanks.                         Good morning.                      Kwame Mensah: Hello.
 * Transcribed by https://otter.ai Ana Ruiz stopped transcription     Meeting ended after 00:12:34
 * </pre>
 * Otter and Teams: a line "Name, spaces, m:ss or h:mm:ss" opens a turn that runs to the next such line, which is
 * where it ends. Meet: a line holding only a time stamps the "Name: words" lines after it; a turn starts at the
 * stamp before it, and a line without a name goes on with the one before; the time to the next stamp is shared
 * out among the lines under a stamp by their length. Consecutive turns of one speaker are merged. System lines (transcription started or stopped, Otter's footer, the end of the meeting) are
 * left out.
 */
public final class TimestampedTranscriptReader implements InputReader {

    public static final String OTTER = "otter-txt";
    public static final String TEAMS = "teams-docx";
    public static final String MEET = "meet-docx";

    private static final Pattern HEADER = Pattern.compile("^(\\S.{0,59}?)\\s+(\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*$");
    private static final Pattern STAMP = Pattern.compile("^\\s*(\\d{1,2}:\\d{2}:\\d{2})\\s*$");
    /** Meet's last line, giving when the meeting ended: "Meeting ended after 01:28:41". */
    private static final Pattern ENDED = Pattern.compile("(?i)^meeting ended after (\\d{1,2}:\\d{2}:\\d{2})");
    private static final Pattern SYSTEM = Pattern.compile("(?i)(?:\\b(?:started|stopped) transcription$"
            + "|^transcribed by https?://otter\\.ai|^meeting ended after )");

    @Override
    public Optional<String> detect(InputFile file) throws IOException {
        if (file.mediaType().equals("text/csv")) {
            return Optional.empty();
        }
        List<String> head = file.content().head(40);
        boolean docx = file.mediaType().equals(DocumentText.DOCX);
        for (int i = 0; i < head.size(); i++) {
            if (header(head.get(i)) != null) {
                // Otter starts with its first turn; Teams puts a title and a date before.
                return i == 0 && !docx ? Optional.of(OTTER) : docx ? Optional.of(TEAMS) : Optional.empty();
            }
            if (STAMP.matcher(head.get(i)).matches() && i + 1 < head.size()
                    && TimedTurns.speakerPrefix(head.get(i + 1)) != null) {
                return Optional.of(MEET);
            }
        }
        return Optional.empty();
    }

    @Override
    public void read(InputFile file, String format, SessionParts parts) throws InputException, IOException {
        List<String> lines = file.content().lines();
        List<TimedTurns.Cue> cues = format.equals(MEET) ? meet(lines) : headed(lines);
        List<Turn> turns = TimedTurns.of(file.name(), cues);
        if (turns.isEmpty()) {
            throw new InputException(file.name(), "no timed turn with text found");
        }
        parts.turns.addAll(turns);
        parts.sources.add(new SourceFile(file.name(), SourceKind.TRANSCRIPT, format, turns.size()));
    }

    /** Otter and Teams: each header opens a cue that ends where the next one starts. */
    private static List<TimedTurns.Cue> headed(List<String> lines) {
        List<TimedTurns.Cue> cues = new ArrayList<>();
        String label = null;
        int labelLine = 0;
        double start = 0;
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher h = header(line);
            if (h != null) {
                double next = TimedTurns.seconds(h.group(2));
                if (label != null) {
                    cues.add(new TimedTurns.Cue(label, start, next, passages, false, labelLine));
                }
                label = h.group(1).strip();
                labelLine = i + 1;
                start = next;
                passages = new ArrayList<>();
            } else if (label != null && !line.isEmpty() && !SYSTEM.matcher(line).find()) {
                passages.add(new Passage(i + 1, line));
            }
        }
        if (label != null) {
            cues.add(new TimedTurns.Cue(label, start, null, passages, false, labelLine));
        }
        return cues;
    }

    /**
     * Meet: "Name: words" lines under the last time stamp; a line without a name goes on with the one before. Meet
     * stamps only every few minutes, so the time from one stamp to the next (or to "Meeting ended after") is shared
     * out among the lines under it by their length; under the last stamp with no end known, each line starts at it.
     */
    private static List<TimedTurns.Cue> meet(List<String> lines) {
        List<TimedTurns.Cue> cues = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<List<Passage>> block = new ArrayList<>();
        Double stamp = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher s = STAMP.matcher(line);
            Matcher ended = ENDED.matcher(line);
            String[] named = stamp == null ? null : TimedTurns.speakerPrefix(line);
            if (s.matches() || ended.find()) {
                Double next = TimedTurns.seconds(s.matches() ? s.group(1) : ended.group(1));
                if (stamp != null) {
                    shareOut(labels, block, stamp, next, cues);
                }
                stamp = next;
            } else if (named != null) {
                labels.add(named[0]);
                block.add(new ArrayList<>());
                if (!named[1].isBlank()) {
                    block.get(block.size() - 1).add(new Passage(i + 1, named[1].strip()));
                }
            } else if (!block.isEmpty() && !line.isEmpty() && !SYSTEM.matcher(line).find()) {
                block.get(block.size() - 1).add(new Passage(i + 1, line));
            }
        }
        if (stamp != null) {
            shareOut(labels, block, stamp, null, cues);
        }
        return cues;
    }

    /** The lines of one stamp's block as cues, [from, to) shared out by their length; then the block is emptied. */
    private static void shareOut(List<String> labels, List<List<Passage>> block, double from, Double to,
                                 List<TimedTurns.Cue> cues) {
        int total = block.stream().flatMap(List::stream).mapToInt(p -> p.text().length()).sum();
        double start = from;
        for (int k = 0; k < block.size(); k++) {
            int length = block.get(k).stream().mapToInt(p -> p.text().length()).sum();
            Double end = to == null || to < from || total == 0 ? null : start + (to - from) * length / total;
            cues.add(new TimedTurns.Cue(labels.get(k), end == null ? from : start, end, block.get(k), false));
            start = end == null ? from : end;
        }
        labels.clear();
        block.clear();
    }

    /**
     * A turn header "Name  0:03", or null: the name must read as a name ("Meeting at 10:30" does not) and not as
     * a row of a table (several commas, an e-mail address).
     */
    private static Matcher header(String line) {
        Matcher m = HEADER.matcher(line.strip());
        String name = m.matches() ? m.group(1).strip() : "";
        boolean plain = !name.matches(".*[@;|\t].*|.*,.*,.*");
        return m.matches() && plain && CaptionTranscriptReader.isLabel(name) ? m : null;
    }
}
