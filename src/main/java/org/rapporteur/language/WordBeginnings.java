package org.rapporteur.language;

import java.util.Arrays;

/**
 * A text's characters folded as the cues compare them (each to upper and back to lower case), and where its words
 * begin. The finders ask dozens of cues about one sentence in a row; this is worked out once for the sentence
 * rather than once per cue, and each cue then looks only at the beginnings of words.
 */
record WordBeginnings(CharSequence text, char[] folded, int[] starts) {

    /** ASCII letters and digits, and ASCII folded: the common case without Character's tables. */
    private static final boolean[] ASCII_WORD = new boolean[128];
    private static final char[] ASCII_FOLD = new char[128];
    /** The last texts asked about on each thread; strings only, which cannot change under the memo. */
    private static final int RECENT = 4096;
    private static final ThreadLocal<Recent> RECENT_TEXTS = ThreadLocal.withInitial(Recent::new);

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
            ASCII_FOLD[c] = (char) Character.toLowerCase(Character.toUpperCase((int) c));
        }
    }

    static WordBeginnings of(CharSequence text) {
        if (!(text instanceof String)) {
            return read(text);
        }
        return RECENT_TEXTS.get().of((String) text);
    }

    private static WordBeginnings read(CharSequence text) {
        int n = text.length();
        char[] folded = new char[n];
        int[] starts = new int[n / 2 + 1];
        int count = 0;
        boolean boundary = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            folded[i] = fold(c);
            boolean word = letterOrDigit(c);
            if (boundary && word) {
                starts[count++] = i;
            }
            boundary = !word;
        }
        return new WordBeginnings(text, folded, Arrays.copyOf(starts, count));
    }

    static char fold(char c) {
        return c < 128 ? ASCII_FOLD[c] : (char) Character.toLowerCase(Character.toUpperCase((int) c));
    }

    static boolean letterOrDigit(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    /** The thread's recent texts, one slot per identity hash, compared by identity. */
    private static final class Recent {
        private final WordBeginnings[] slots = new WordBeginnings[RECENT];

        WordBeginnings of(String text) {
            int slot = System.identityHashCode(text) & (RECENT - 1);
            WordBeginnings w = slots[slot];
            if (w != null && w.text() == text) {
                return w;
            }
            w = read(text);
            slots[slot] = w;
            return w;
        }
    }
}
