package org.rapporteur.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a turn's text into pieces of at most {@link #MAX_CHARS} characters before CoreNLP sees it, so no
 * "sentence" is longer than a piece: the tagger's and parser's cost and memory grow with sentence length, and a
 * transcript without punctuation would otherwise be one sentence of a million words. A piece ends after a
 * sentence mark where there is one in its second half, else at a space, else anywhere. Where the transcript shows
 * sentence breaks without marks (pauses in automatic captions), a piece also ends at each: CoreNLP, given no mark,
 * makes each piece a sentence.
 */
final class TextPieces {

    /** Some 500 words: longer than any sentence a speaker says, short enough to tag and parse at once. */
    static final int MAX_CHARS = 3_000;

    private TextPieces() {
    }

    /** Where the pieces start, then the text's length: piece i is [bounds[i], bounds[i+1]). */
    static List<Integer> bounds(String text, int max) {
        return bounds(text, max, List.of());
    }

    /** As {@link #bounds(String, int)}, a piece also ending at each of {@code breaks} (offsets, ascending). */
    static List<Integer> bounds(String text, int max, List<Integer> breaks) {
        List<Integer> bounds = new ArrayList<>();
        int from = 0;
        bounds.add(0);
        List<Integer> ends = new ArrayList<>(breaks);
        ends.add(text.length());
        for (int end : ends) {
            if (end <= from || end > text.length()) {
                continue;
            }
            while (end - from > max) {
                int to = cut(text, from, from + max);
                bounds.add(to);
                from = to;
            }
            bounds.add(end);
            from = end;
        }
        if (bounds.get(bounds.size() - 1) != text.length()) {
            bounds.add(text.length());
        }
        return bounds;
    }

    private static int cut(String text, int from, int limit) {
        int half = from + (limit - from) / 2;
        for (int i = limit - 1; i > half; i--) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '?' || c == '!' || c == ';') && Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        for (int i = limit - 1; i > from; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        // No space at all: cut anywhere, but never inside a surrogate pair.
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
