package org.rapporteur.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rapporteur.model.Passage;
import org.rapporteur.model.Turn;

/**
 * What a transcript lacks that every later finding depends on, said once at the top of the warnings. Automatic
 * captions (a video platform's, a meeting tool's without its speaker view) often have neither speaker names nor
 * sentence marks: the draft made from them is thin or wrong in ways no single finding can say, so the rapporteur
 * is told why and what to fetch instead.
 */
final class TranscriptShape {

    /** Below this many words a transcript is too short to judge. */
    static final int MIN_WORDS = 300;
    /** Spoken English runs some 15-30 words a sentence; captions with fewer marks than this are unpunctuated. */
    static final int WORDS_PER_MARK = 80;
    /** Share of the words no voice could be named for above which the transcript counts as unlabelled. */
    static final double UNNAMED_SHARE = 0.8;

    private TranscriptShape() {
    }

    static List<String> warnings(String file, List<Turn> turns) {
        int words = 0;
        int unnamed = 0;
        int marks = 0;
        for (Turn t : turns) {
            int w = t.words();
            words += w;
            unnamed += t.speaker().equals(SpeakerResolver.UNIDENTIFIED) ? w : 0;
            marks += sentenceMarks(t.text());
        }
        List<String> warnings = new ArrayList<>();
        if (words < MIN_WORDS) {
            return warnings;
        }
        if (unnamed >= UNNAMED_SHARE * words) {
            warnings.add(file + " names no speaker for " + percent(unnamed, words) + " of its words: they are put to \""
                    + SpeakerResolver.UNIDENTIFIED + "\", so positions, questions and who said what cannot be drawn "
                    + "from them. Use a transcript with speakers' names (the captioners' file, or the meeting tool's "
                    + "transcript with its speaker view) if there is one.");
        }
        boolean paused = turns.stream().anyMatch(t -> t.passages().stream().anyMatch(Passage::pauseBefore));
        if (unpunctuated(words, marks)) {
            warnings.add(file + " has almost no punctuation (" + words + " words, " + marks + " sentence marks), as "
                    + "automatic captions often have: " + (paused ? "sentences were cut where the speech pauses, "
                    + "which only approximates them, so quotes may start or stop mid-sentence"
                    : "sentences cannot be told apart, so takeaways, calls and quotes are missing or run on")
                    + ". Use a punctuated transcript if there is one.");
        }
        return warnings;
    }

    /** Whether text of so many words with so many sentence marks is unpunctuated, as automatic captions are. */
    static boolean unpunctuated(int words, int marks) {
        return (long) marks * WORDS_PER_MARK < words;
    }

    /** Full stops, question and exclamation marks that end a sentence: followed by a space or the end. */
    static int sentenceMarks(String text) {
        int marks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
            marks += (c == '.' || c == '?' || c == '!') && end ? 1 : 0;
        }
        return marks;
    }

    private static String percent(int part, int whole) {
        return String.format(Locale.ROOT, "%d%%", Math.round(100.0 * part / whole));
    }
}
