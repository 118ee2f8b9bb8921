package org.rapporteur.language;

import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * A beginning of a phrase's rarest required word, and the phrase's other required words, each as the folded
     * beginnings of its alternatives (one of which must begin a word of the text).
     */
    private record Kept(char[] stem, List<char[][]> others) {
    }

    /** Where a table slot is empty: no two characters fold to U+FFFF twice. */
    private static final int EMPTY = -1;

    /**
     * The kept beginnings by their first two characters (a one-letter beginning by its letter alone), in an
     * open-addressing table: a word of the text is compared only with beginnings that open as it does.
     */
    private final int[] keys;
    private final Kept[][] buckets;
    private final int shift;
    /** Whether some beginning is a single character, so that a word's first character alone is looked up too. */
    private final boolean singles;
    /** The openings of the kept beginnings: a text whose words open otherwise is ruled out before any look-up. */
    private final long[] openings = WordBeginnings.noOpenings();

    private RequiredWords(List<Kept> kept) {
        Map<Integer, List<Kept>> byOpening = new HashMap<>();
        for (Kept k : kept) {
            byOpening.computeIfAbsent(key(k.stem(), 0), c -> new ArrayList<>()).add(k);
        }
        int size = Integer.highestOneBit(Math.max(byOpening.size(), 1)) * 4;
        shift = Integer.numberOfLeadingZeros(size) + 1;
        keys = new int[size];
        Arrays.fill(keys, EMPTY);
        buckets = new Kept[size][];
        byOpening.forEach((key, list) -> {
            int slot = slot(key);
            while (keys[slot] != EMPTY) {
                slot = (slot + 1) & (size - 1);
            }
            keys[slot] = key;
            buckets[slot] = list.toArray(new Kept[0]);
            WordBeginnings.add(openings, key);
        });
        singles = kept.stream().anyMatch(k -> k.stem().length == 1);
    }

    private static int key(char[] letters, int at) {
        return WordBeginnings.opening(letters, at, 2);
    }

    private int slot(int key) {
        return (key * 0x9E3779B9) >>> shift;
    }

    private Kept[] bucket(int key) {
        for (int slot = slot(key); keys[slot] != EMPTY; slot = (slot + 1) & (keys.length - 1)) {
            if (keys[slot] == key) {
                return buckets[slot];
            }
        }
        return null;
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
        for (int i = 0; i < word.length() && WordBeginnings.letterOrDigit(word.charAt(i)); i++) {
            out.append(WordBeginnings.fold(word.charAt(i)));
        }
        return out.toString();
    }

    /**
     * Whether some phrase finds all its required words beginning words of the text. Only the beginnings of the
     * text's words are looked at (the text's start and each letter or digit after a character that is none), which
     * is where every required word must begin, so no match is missed.
     */
    public boolean anyIn(CharSequence text) {
        WordBeginnings words = WordBeginnings.of(text);
        if (!words.mayOpenAny(openings)) {
            return false;
        }
        char[] folded = words.folded();
        int[] starts = words.starts();
        // a phrase whose other words the text lacks lacks them wherever its stem recurs: each is looked for once
        Set<Kept> lacking = null;
        for (int start : starts) {
            for (int round = singles ? 0 : 1; round < 2; round++) {
                // a word's first letter alone (one-letter beginnings), then its first two
                Kept[] kept = bucket(round == 0 ? folded[start] << 16 : key(folded, start));
                if (kept == null) {
                    continue;
                }
                for (Kept k : kept) {
                    if (!startsWith(folded, start, k.stem()) || lacking != null && lacking.contains(k)) {
                        continue;
                    }
                    if (allBegin(words, k.others())) {
                        return true;
                    }
                    lacking = lacking == null ? Collections.newSetFromMap(new IdentityHashMap<>()) : lacking;
                    lacking.add(k);
                }
            }
        }
        return false;
    }

    /** Whether each of the words, by one of its beginnings, begins a word of the text. */
    private static boolean allBegin(WordBeginnings words, List<char[][]> required) {
        for (char[][] alternatives : required) {
            if (!anyBegins(words, alternatives)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyBegins(WordBeginnings words, char[][] alternatives) {
        char[] folded = words.folded();
        for (int start : words.starts()) {
            for (char[] stem : alternatives) {
                if (startsWith(folded, start, stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWith(char[] folded, int at, char[] stem) {
        if (at + stem.length > folded.length) {
            return false;
        }
        for (int k = 0; k < stem.length; k++) {
            if (folded[at + k] != stem[k]) {
                return false;
            }
        }
        return true;
    }
}
