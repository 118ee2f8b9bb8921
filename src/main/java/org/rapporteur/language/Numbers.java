package org.rapporteur.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as people say and write them: "1,200", "45", "forty-five", "one hundred and twenty", "a few". The words
 * and their values are the lexicon {@code number-word} of every listed language; this class says how they combine.
 */
public final class Numbers {

    /** A value at or above this multiplies what comes before it: "two hundred", "three thousand". */
    private static final int MULTIPLIER = 100;
    /** Words a spoken number may run to: "one hundred and twenty-five thousand" is past any figure a session gives. */
    private static final int MOST_WORDS = 5;
    /** A word's value; null for a vague quantity ("a few"). Longest words first, for the pattern. */
    private static final Map<String, Integer> VALUES = values();
    private static final String WORD = "(?:" + String.join("|", VALUES.keySet().stream()
            .map(w -> String.join("\\s+", w.split(" "))).toList()) + ")(?![\\p{L}])";
    /** "1,200" or "45"; or number words joined by spaces or hyphens, "and" only after a multiplier. */
    static final String PATTERN = "(?:\\d{1,3}+(?:,\\d{3})++(?![\\d])|\\d++|" + WORD + "(?:(?:[\\s-]++|"
            + "(?<=" + String.join("|", multipliers()) + ")\\s++and\\s++)" + WORD + "){0," + (MOST_WORDS - 1) + "}+)";
    private static final Pattern FIRST = Pattern.compile("(?iu)\\b" + PATTERN);

    private Numbers() {
    }

    /**
     * The value of the first number in the text: 1200 for "about 1,200 people", 45 for "forty-five of us"; empty
     * where there is none or it is vague ("a few people").
     */
    public static OptionalInt value(String text) {
        Matcher m = FIRST.matcher(text);
        if (!m.find()) {
            return OptionalInt.empty();
        }
        String number = m.group().toLowerCase(Locale.ROOT);
        if (Character.isDigit(number.charAt(0))) {
            return OptionalInt.of(Integer.parseInt(number.replace(",", "")));
        }
        int total = 0;
        int current = 0;
        for (String word : words(number)) {
            Integer v = VALUES.get(word);
            if (v == null) {
                return OptionalInt.empty();
            }
            if (v >= MULTIPLIER) {
                current = Math.max(current, 1) * v;
                if (v > MULTIPLIER) {
                    total += current;
                    current = 0;
                }
            } else {
                current += v;
            }
        }
        return OptionalInt.of(total + current);
    }

    /** Whether a word says a number ("twenty", "1200"): "twenty twenty" is a year, not a stutter. */
    public static boolean isNumber(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return !w.isEmpty() && (w.chars().allMatch(Character::isDigit) || VALUES.get(w) != null);
    }

    /** The word for a value, as written ("three"); the digits where the lexicon has no word of its own. */
    public static String word(int value) {
        for (Map.Entry<String, Integer> e : VALUES.entrySet()) {
            if (e.getValue() != null && e.getValue() == value && !e.getKey().contains(" ")) {
                return e.getKey();
            }
        }
        return String.valueOf(value);
    }

    /** The first words a number may open on, for the words a cue phrase requires. */
    static List<String> openers() {
        List<String> openers = new ArrayList<>();
        for (int d = 0; d <= 9; d++) {
            openers.add(String.valueOf(d));
        }
        VALUES.keySet().stream().map(w -> w.split(" ")[0]).distinct().forEach(openers::add);
        return openers;
    }

    /** The number's words, multi-word entries ("a dozen") kept whole and "and" left out. */
    private static List<String> words(String number) {
        List<String> words = new ArrayList<>();
        String rest = number.strip();
        while (!rest.isEmpty()) {
            String found = null;
            for (String w : VALUES.keySet()) {
                // the whole word: "ten" does not begin "tent"
                if (rest.startsWith(w)
                        && (rest.length() == w.length() || !Character.isLetter(rest.charAt(w.length())))) {
                    found = w;
                    break;
                }
            }
            if (found == null) {
                String[] parts = rest.split("[\\s-]+", 2);
                if (!parts[0].equals("and")) {
                    words.add(parts[0]);
                }
                rest = parts.length > 1 ? parts[1] : "";
                continue;
            }
            words.add(found);
            rest = rest.substring(found.length()).replaceFirst("^[\\s-]+", "");
        }
        return words;
    }

    private static Map<String, Integer> values() {
        List<String[]> entries = new ArrayList<>();
        for (String line : Lexicon.phrases("number-word")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length != 2) {
                throw new IllegalStateException("number-word: expected 'word value', got '" + line + "'");
            }
            entries.add(new String[] {parts[0].replace('_', ' ').toLowerCase(Locale.ROOT), parts[1]});
        }
        entries.sort(Comparator.comparingInt((String[] e) -> -e[0].length()));
        Map<String, Integer> values = new LinkedHashMap<>();
        for (String[] e : entries) {
            values.put(e[0], e[1].equals("-") ? null : Integer.valueOf(e[1]));
        }
        return values;
    }

    private static List<String> multipliers() {
        return VALUES.entrySet().stream().filter(e -> e.getValue() != null && e.getValue() >= MULTIPLIER)
                .map(Map.Entry::getKey).toList();
    }
}
