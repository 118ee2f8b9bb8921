package org.rapporteur.language;

import java.util.Arrays;

/**
 * A text's characters folded as the cues compare them (each to upper and back to lower case), and where its words
 * begin. The finders ask dozens of cues about one sentence in a row; this is worked out once for the sentence
 * rather than once per cue, and each cue then looks only at the beginnings of words.
 */
record WordBeginnings(CharSequence text, char[] folded, int[] starts, long[] openings) {

    /** Bits of {@link #openings}: few enough to stay in a cache line or two, many enough to stay sparse. */
    private static final int OPENING_BITS = 1024;

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
        long[] openings = new long[OPENING_BITS / 64];
        for (int k = 0; k < count; k++) {
            int start = starts[k];
            add(openings, opening(folded, start, 1));
            add(openings, opening(folded, start, 2));
        }
        return new WordBeginnings(text, folded, Arrays.copyOf(starts, count), openings);
    }

    /**
     * The first character of the letters at {@code at}, with the second where {@code length} is 2 and there is one:
     * how the cues' tables key a word.
     */
    static int opening(char[] letters, int at, int length) {
        return letters[at] << 16 | (length > 1 && at + 1 < letters.length ? letters[at + 1] : 0);
    }

    /** Adds an opening to a set of them (a bit set a hash wide, so that a bit may stand for several openings). */
    static void add(long[] openings, int opening) {
        int bit = (opening * 0x9E3779B9) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(OPENING_BITS));
        openings[bit >>> 6] |= 1L << bit;
    }

    static long[] noOpenings() {
        return new long[OPENING_BITS / 64];
    }

    /** Whether some word of the text may open as one of the openings: false is sure, true may be a hash's chance. */
    boolean mayOpenAny(long[] of) {
        for (int k = 0; k < openings.length; k++) {
            if ((openings[k] & of[k]) != 0) {
                return true;
            }
        }
        return false;
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
