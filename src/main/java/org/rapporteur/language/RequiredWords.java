package org.rapporteur.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words each phrase of a cue cannot match without, to rule a text out before a pattern searches it. Every word
 * a phrase requires (not optional, not a gap) begins where a word of the text begins, with the same letters
 * compared as the patterns compare them (each character folded to upper and back to lower case). Of a phrase's
 * required words the one with the longest sure beginning is looked for first ("hear" of "can you hear me"), being
 * the rarest as a rule; where it occurs, the phrase's other required words are looked for too. A text in which no
 * phrase finds all its required words cannot hold the cue. A pattern tries every character of a text; this looks
 * only at the beginnings of its words, and most sentences lack some word of every phrase.
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

    /**
     * A beginning of a phrase's rarest required word, and the phrase's other required words, each as the folded
     * beginnings of its alternatives (one of which must begin a word of the text).
     */
    private record Kept(char[] stem, List<char[][]> others) {
    }

    /** The kept beginnings by their first character; ASCII ones in an array. */
    private final Kept[][] ascii = new Kept[128][];
    private final Map<Character, Kept[]> other = new HashMap<>();

    private RequiredWords(List<Kept> kept) {
        Map<Character, List<Kept>> byFirst = new HashMap<>();
        for (Kept k : kept) {
            byFirst.computeIfAbsent(k.stem()[0], c -> new ArrayList<>()).add(k);
        }
        byFirst.forEach((c, list) -> {
            Kept[] array = list.toArray(new Kept[0]);
            if (c < 128) {
                ascii[c] = array;
            } else {
                other.put(c, array);
            }
        });
    }

    /**
     * The required words of phrases in the lexicon syntax; null where some phrase requires no word whose beginning
     * is a letter or digit (one opening on an apostrophe), so that any text may hold it.
     */
    public static RequiredWords of(List<String> phrases) {
        List<Kept> kept = new ArrayList<>();
        for (String phrase : phrases) {
            List<List<String>> required = new ArrayList<>();
            int rarest = -1;
            int rarestLength = 0;
            for (String token : phrase.strip().split("\\s+")) {
                if (token.equals("^") || token.startsWith("*") || token.endsWith("?")) {
                    continue;
                }
                List<String> beginnings = beginnings(token);
                int shortest = shortest(beginnings);
                if (shortest == 0) {
                    continue;
                }
                if (shortest > rarestLength) {
                    rarest = required.size();
                    rarestLength = shortest;
                }
                required.add(beginnings);
            }
            if (rarest < 0) {
                return null;
            }
            List<char[][]> others = new ArrayList<>();
            for (int t = 0; t < required.size(); t++) {
                if (t != rarest) {
                    others.add(required.get(t).stream().map(String::toCharArray).toArray(char[][]::new));
                }
            }
            // the rarer first, so that a text lacking one is told soon
            others.sort(Comparator.comparingInt((char[][] w) -> -shortest(w)));
            for (String stem : required.get(rarest)) {
                kept.add(new Kept(stem.toCharArray(), List.copyOf(others)));
            }
        }
        return kept.isEmpty() ? null : new RequiredWords(kept);
    }

    private static int shortest(char[][] beginnings) {
        int shortest = Integer.MAX_VALUE;
        for (char[] b : beginnings) {
            shortest = Math.min(shortest, b.length);
        }
        return shortest;
    }

    /**
     * How each alternative of a token begins: of its words ("general_data_protection_regulation"), the one with the
     * longest sure letters, each word beginning a word of the text; a number begins as any number does.
     */
    private static List<String> beginnings(String token) {
        List<String> out = new ArrayList<>();
        for (String alternative : token.split("\\|")) {
            List<String> best = null;
            for (String word : alternative.split("_")) {
                List<String> stems = word.equals("<n>") ? Numbers.openers() : List.of(stem(word));
                if (best == null || shortest(stems) > shortest(best)) {
                    best = stems;
                }
            }
            out.addAll(best);
        }
        return out;
    }

    private static int shortest(List<String> stems) {
        return stems.stream().mapToInt(String::length).min().orElse(0);
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
     * Whether some phrase finds all its required words beginning words of the text. Every place a word boundary or
     * a space can precede a letter is looked at (the text's start and each character after one that is no letter
     * or digit), so no match is missed.
     */
    public boolean anyIn(CharSequence text) {
        int n = text.length();
        // a phrase whose other words the text lacks lacks them wherever its stem recurs: each is looked for once
        Set<Kept> lacking = null;
        boolean boundary = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            Kept[] kept = boundary ? kept(fold(c)) : null;
            if (kept != null) {
                for (Kept k : kept) {
                    if (!startsWith(text, i, k.stem()) || lacking != null && lacking.contains(k)) {
                        continue;
                    }
                    if (allBegin(text, k.others())) {
                        return true;
                    }
                    lacking = lacking == null ? Collections.newSetFromMap(new IdentityHashMap<>()) : lacking;
                    lacking.add(k);
                }
            }
            boundary = !letterOrDigit(c);
        }
        return false;
    }

    private Kept[] kept(char first) {
        return first < 128 ? ascii[first] : other.get(first);
    }

    /**
     * Whether each of the words, by one of its beginnings, begins a word of the text. Each is looked for from the
     * text's start, in place: most are found early, and nothing is copied for the many texts asked of every cue.
     */
    private static boolean allBegin(CharSequence text, List<char[][]> words) {
        for (char[][] alternatives : words) {
            if (!anyBegins(text, alternatives)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyBegins(CharSequence text, char[][] alternatives) {
        int n = text.length();
        boolean boundary = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (boundary) {
                for (char[] stem : alternatives) {
                    if (startsWith(text, i, stem)) {
                        return true;
                    }
                }
            }
            boundary = !letterOrDigit(c);
        }
        return false;
    }

    private static boolean startsWith(CharSequence text, int at, char[] stem) {
        if (at + stem.length > text.length()) {
            return false;
        }
        for (int k = 0; k < stem.length; k++) {
            if (fold(text.charAt(at + k)) != stem[k]) {
                return false;
            }
        }
        return true;
    }
}
