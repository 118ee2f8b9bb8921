package org.rapporteur.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For each phrase of a cue, one word it cannot match without, to rule a text out before a pattern searches it. Every
 * word a phrase requires (not optional, not a gap) begins where a word of the text begins, with the same letters
 * compared as the patterns compare them (each character folded to upper and back to lower case); of a phrase's
 * required words the one with the longest sure beginning is kept ("hear" of "can you hear me"), being the rarest as
 * a rule. A text in which no kept word begins a word cannot hold the cue. A pattern tries every character of a
 * text; this looks only at the beginnings of its words, and most sentences hold none of a cue's rarest words.
 */
public final class RequiredWords {

    /** ASCII letters and digits, and ASCII folded: the common case without Character's tables. */
    private static final boolean[] ASCII_WORD = new boolean[128];
    private static final char[] ASCII_FOLD = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
            ASCII_FOLD[c] = (char) Character.toLowerCase(Character.toUpperCase((int) c));
        }
    }

    /** The folded beginnings of the kept words, by their first character; ASCII ones in an array. */
    private final char[][][] ascii = new char[128][][];
    private final Map<Character, char[][]> other = new HashMap<>();

    private RequiredWords(List<String> stems) {
        Map<Character, List<char[]>> byFirst = new HashMap<>();
        for (String stem : stems) {
            byFirst.computeIfAbsent(stem.charAt(0), k -> new ArrayList<>()).add(stem.toCharArray());
        }
        byFirst.forEach((c, list) -> {
            char[][] array = list.toArray(new char[0][]);
            if (c < 128) {
                ascii[c] = array;
            } else {
                other.put(c, array);
            }
        });
    }

    /**
     * The kept words of phrases in the lexicon syntax; null where some phrase requires no word whose beginning is
     * a letter or digit (one opening on an apostrophe), so that any text may hold it.
     */
    public static RequiredWords of(List<String> phrases) {
        List<String> stems = new ArrayList<>();
        for (String phrase : phrases) {
            List<String> kept = null;
            int keptLength = 0;
            for (String token : phrase.strip().split("\\s+")) {
                if (token.equals("^") || token.startsWith("*") || token.endsWith("?")) {
                    continue;
                }
                List<String> beginnings = beginnings(token);
                int shortest = beginnings.stream().mapToInt(String::length).min().orElse(0);
                if (shortest > keptLength) {
                    kept = beginnings;
                    keptLength = shortest;
                }
            }
            if (kept == null) {
                return null;
            }
            stems.addAll(kept);
        }
        return stems.isEmpty() ? null : new RequiredWords(stems);
    }

    /** How each alternative of a token begins: its first word's sure letters; a number begins as any number does. */
    private static List<String> beginnings(String token) {
        List<String> out = new ArrayList<>();
        for (String alternative : token.split("\\|")) {
            String word = alternative.split("_")[0];
            if (word.equals("<n>")) {
                out.addAll(Lexicon.NUMBER_OPENERS);
            } else {
                out.add(stem(word));
            }
        }
        return out;
    }

    /** The folded letters and digits a word begins with, up to its first other sign (an apostrophe, "..."). */
    private static String stem(String word) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < word.length() && Character.isLetterOrDigit(word.charAt(i)); i++) {
            out.append(fold(word.charAt(i)));
        }
        return out.toString();
    }

    private static char fold(char c) {
        return c < 128 ? ASCII_FOLD[c] : (char) Character.toLowerCase(Character.toUpperCase((int) c));
    }

    private static boolean letterOrDigit(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    /**
     * Whether some word of the text begins with a kept word. Every place a word boundary or a space can precede a
     * letter is looked at (the text's start and each character after one that is no letter or digit), so no match
     * is missed.
     */
    public boolean anyIn(CharSequence text) {
        int n = text.length();
        boolean boundary = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (boundary && opensAt(text, i, fold(c))) {
                return true;
            }
            boundary = !letterOrDigit(c);
        }
        return false;
    }

    private boolean opensAt(CharSequence text, int at, char first) {
        char[][] stems = first < 128 ? ascii[first] : other.get(first);
        if (stems == null) {
            return false;
        }
        for (char[] stem : stems) {
            if (at + stem.length <= text.length() && startsWith(text, at, stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(CharSequence text, int at, char[] stem) {
        for (int k = 1; k < stem.length; k++) {
            if (fold(text.charAt(at + k)) != stem[k]) {
                return false;
            }
        }
        return true;
    }
}
