package org.rapporteur.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.rapporteur.language.Cue;
import org.rapporteur.language.Lexicon;

/**
 * Automatic captions come in lower case and without punctuation, and the name cues know a name by its capitals and
 * where it ends by a mark. This writes the capitals back where the session's names stand: a listed person's name word
 * (also misspelt by a letter, or two in a long word), the words an introduction gives before one ("i'm oluwa shaun
 * adeyemi"), the words after "my name is"; and it ends an introduced name with a comma in place of the space after it.
 * Every offset stays where it was, so what a cue finds points at the same place in the captions.
 */
final class CaptionCasing {

    /** Text with fewer capitals than one for this many words is taken as written without them. */
    private static final int WORDS_PER_CAPITAL = 50;
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’]+");
    private static final Pattern CAPITAL = Pattern.compile("\\p{Lu}");
    private static final Cue NAME_GIVEN = Lexicon.cue("name-given");
    private static final Cue NAME_CLAIMED = Lexicon.cue("name-claimed");
    /** Words that end a name after "my name is" ("my name is fatou njie from dakar"). */
    private static final Set<String> NAME_END = Lexicon.words("name-claimed-end");
    /** Words that describe someone rather than name them ("i'm very glad"). */
    private static final Set<String> NOT_NAMES = Lexicon.words("not-a-name");
    /** Words after two that end a name for sure, where no listed name tells it ("i'm tom keller from berlin"). */
    private static final Set<String> NAME_SURE_END = Lexicon.words("name-caption-end");
    /** Words of a name after "my name is"; after "i'm", words before a listed name word. */
    private static final int NAME_WORDS = 3;

    private CaptionCasing() {
    }

    /** Whether the text is written without capitals, as automatic captions are. */
    static boolean lowerCase(String text) {
        long capitals = CAPITAL.matcher(text).results().count();
        return capitals * WORDS_PER_CAPITAL < Math.max(1, WORD.matcher(text).results().count());
    }

    /** The text with capitals written back; {@code names}: the listed people's name tokens ({@link Names#key}). */
    static String cased(String text, Collection<List<String>> names) {
        Set<String> nameWords = names.stream().flatMap(List::stream).filter(w -> w.length() > 1)
                .collect(Collectors.toCollection(HashSet::new));
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        char[] out = text.toCharArray();
        List<int[]> introduced = new ArrayList<>();
        for (Cue cue : List.of(NAME_GIVEN, NAME_CLAIMED)) {
            Matcher at = cue.matcher(text);
            while (at.find()) {
                int first = firstWordFrom(words, at.end());
                int last = cue == NAME_GIVEN ? givenNameEnd(text, words, first)
                        : claimedNameEnd(text, words, first, nameWords);
                if (last >= first && first >= 0) {
                    introduced.add(new int[] {first, last});
                }
            }
        }
        // a name introduced is a name wherever it is said again ("thank you tom")
        for (int[] name : introduced) {
            for (int k = name[0]; k <= name[1]; k++) {
                nameWords.add(String.join("", Names.tokens(word(text, words.get(k)))));
            }
        }
        for (int[] word : words) {
            if (nameWord(word(text, word), nameWords)) {
                capitalise(out, word);
            }
        }
        for (int[] name : introduced) {
            for (int k = name[0]; k <= name[1]; k++) {
                capitalise(out, words.get(k));
            }
            // where punctuation would end the name: a comma for the space after it
            int after = words.get(name[1])[1];
            if (after < out.length && out[after] == ' ') {
                out[after] = ',';
            }
        }
        return new String(out);
    }

    /** After "my name is": the words up to one that ends a name or describes someone, at most {@value #NAME_WORDS}. */
    private static int givenNameEnd(String text, List<int[]> words, int first) {
        int last = -1;
        for (int k = first; k >= 0 && k < words.size() && k < first + NAME_WORDS; k++) {
            if (NAME_END.contains(word(text, words.get(k))) || NOT_NAMES.contains(word(text, words.get(k)))) {
                break;
            }
            last = k;
        }
        return last;
    }

    /**
     * After "i'm": the words up to the last listed name word among the next few; else two words that describe
     * nobody ({@code not-a-name}) before words that end a name for sure ("i'm tom keller i'm with a foundation");
     * none otherwise ("i'm very glad to be here").
     */
    private static int claimedNameEnd(String text, List<int[]> words, int first, Set<String> nameWords) {
        int last = -1;
        for (int k = first; k >= 0 && k < words.size() && k < first + NAME_WORDS; k++) {
            if (nameWord(word(text, words.get(k)), nameWords)) {
                last = k;
            }
        }
        if (last < 0 && first >= 0 && first + 2 < words.size()
                && IntStream.of(first, first + 1).mapToObj(k -> word(text, words.get(k)))
                        .noneMatch(w -> w.length() < 2 || NOT_NAMES.contains(w) || NAME_END.contains(w))
                && NAME_SURE_END.contains(word(text, words.get(first + 2)))) {
            last = first + 1;
        }
        return last;
    }

    /** A listed name word, or one it differs from by a letter (by two in a word of seven letters or more). */
    private static boolean nameWord(String word, Set<String> nameWords) {
        String key = String.join("", Names.tokens(word));
        return key.length() >= 3 && nameWords.stream().anyMatch(n -> heardAs(n, key));
    }

    /**
     * Whether a speech recogniser may have written a name word (as {@link Names#tokens} gives it) as this word: the
     * same, or a letter off (two in a word of seven letters or more), both of five letters or more.
     */
    static boolean heardAs(String name, String word) {
        if (name.equals(word)) {
            return true;
        }
        int allowed = word.length() >= 7 ? 2 : word.length() >= 5 ? 1 : 0;
        return allowed > 0 && name.length() >= 5 && Math.abs(name.length() - word.length()) <= allowed
                && Names.distance(name, word) <= allowed;
    }

    private static int firstWordFrom(List<int[]> words, int offset) {
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k)[0] >= offset) {
                return k;
            }
        }
        return -1;
    }

    private static String word(String text, int[] span) {
        return text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
    }

    private static void capitalise(char[] out, int[] span) {
        out[span[0]] = Character.toUpperCase(out[span[0]]);
    }
}
