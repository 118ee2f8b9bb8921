package org.rapporteur.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Cue phrases as data: {@code lexicon/<language>/<cue>.txt} on the classpath, one phrase a line, for every
 * language listed in {@code lexicon/languages.txt}. A cue matches a sentence when any phrase of any listed
 * language does, so a French lexicon is a folder and a line, not code. The phrase syntax (lexicon/README.md):
 * words separated by spaces; {@code a|b} alternatives; {@code a_b} several words as one alternative; a trailing
 * {@code ?} makes a word optional; {@code word...} matches the word's beginning; {@code *} one word, {@code *3} up
 * to three, {@code *3,} up to three with commas between or after them; {@code <n>} a number; {@code ^} first: only at the start of the sentence; {@code 's} matches straight
 * and curly apostrophes. Every phrase compiles to a pattern without nested repetition, so no input can make it
 * backtrack for long.
 */
public final class Lexicon {

    private static final String ROOT = "lexicon/";
    /** A word a gap may skip: captioners write hyphens as U+2011 ("high\u2011level"). */
    private static final String WORD = "[\\p{L}\\p{N}'\u2019\u2011-]++";
    private static final Map<String, Cue> CUES = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> WORDS = new ConcurrentHashMap<>();
    private static final List<String> LANGUAGES = languages();

    private Lexicon() {
    }

    /**
     * The cue's phrases in every listed language: one case-insensitive pattern, and the words they require; read
     * once.
     */
    public static Cue cue(String name) {
        return CUES.computeIfAbsent(name, Lexicon::load);
    }

    /**
     * A word list as a set of lower-case words (lemmas, as the file gives them), for cues that are single words
     * looked up rather than phrases searched for: the verbs and nouns a grammar rule asks about.
     */
    public static Set<String> words(String name) {
        return WORDS.computeIfAbsent(name, n -> {
            Set<String> words = new HashSet<>();
            for (String phrase : phrases(n)) {
                words.add(phrase.toLowerCase(Locale.ROOT));
            }
            if (words.isEmpty()) {
                throw new IllegalStateException("no words for the list '" + n + "' in " + LANGUAGES);
            }
            return Set.copyOf(words);
        });
    }

    /**
     * Where a phrase of the cue opens the text (after leading punctuation), the offset just past it; 0 where none
     * does. For cues written with {@code ^} whose words a display text drops ("I think that ...").
     */
    public static int openingEnd(String name, String text) {
        // no required-words check first: it reads the whole text, where the anchored pattern tries its start only
        java.util.regex.Matcher m = cue(name).matcher(text);
        return m.lookingAt() ? m.end() : 0;
    }

    /** The phrases of a cue as written in its files, for tests and tools. */
    public static List<String> phrases(String name) {
        List<String> phrases = new ArrayList<>();
        for (String language : LANGUAGES) {
            phrases.addAll(lines(ROOT + language + "/" + name + ".txt", false));
        }
        return phrases;
    }

    /**
     * All phrases of a cue as one pattern. A search tries a pattern at every character, and a long alternation
     * would try each phrase there; so the phrases are grouped by the letter their first word starts with, behind a
     * word boundary and a one-character look-ahead, and only the phrases that can start at a word are tried.
     */
    private static Cue load(String name) {
        List<String> anchored = new ArrayList<>();
        Map<Character, List<String>> byLetter = new java.util.TreeMap<>();
        List<String> other = new ArrayList<>();
        List<String> phrases = phrases(name);
        for (String phrase : phrases) {
            String re = compile(phrase);
            String first = phrase.strip().split("\\s+")[0];
            if (first.equals("^")) {
                anchored.add(re);
                continue;
            }
            Set<Character> letters = new HashSet<>();
            boolean any = false;
            for (String alternative : first.split("\\|")) {
                char c = Character.toLowerCase(alternative.charAt(0));
                if (Character.isLetter(c) && c < 128 && !alternative.startsWith("<")) {
                    letters.add(c);
                } else {
                    any = true;
                }
            }
            if (any) {
                other.add(re);
            } else {
                letters.forEach(c -> byLetter.computeIfAbsent(c, k -> new ArrayList<>()).add(re));
            }
        }
        if (anchored.isEmpty() && byLetter.isEmpty() && other.isEmpty()) {
            throw new IllegalStateException("no phrases for the cue '" + name + "' in " + LANGUAGES);
        }
        List<String> branches = new ArrayList<>(anchored);
        List<String> grouped = new ArrayList<>();
        byLetter.forEach((c, res) -> grouped.add("(?=" + c + ")(?:" + String.join("|", res) + ")"));
        grouped.addAll(other);
        if (!grouped.isEmpty()) {
            branches.add("\\b(?:" + String.join("|", grouped) + ")");
        }
        return new Cue(Pattern.compile("(?iu)" + String.join("|", branches)), RequiredWords.of(phrases));
    }

    /** One phrase as a regular expression: see the class comment for the syntax. */
    public static String compile(String phrase) {
        String[] tokens = phrase.strip().split("\\s+");
        StringBuilder re = new StringBuilder("(?:");
        int start = 0;
        if (tokens[0].equals("^")) {
            re.append("^\\W*");
            start = 1;
        }
        if (start >= tokens.length || tokens[start].endsWith("?") || tokens[start].startsWith("*")) {
            throw new IllegalArgumentException("a phrase must begin with a word: '" + phrase + "'");
        }
        re.append("\\b").append(alternatives(tokens[start]));
        for (int i = start + 1; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.startsWith("*")) {
                // "*8," lets the gap run on across commas: "that position, in our context, is not realistic"
                boolean commas = t.endsWith(",");
                String count = t.substring(1, t.length() - (commas ? 1 : 0));
                int most = count.isEmpty() ? 1 : Integer.parseInt(count);
                String comma = commas ? ",?" : "";
                re.append("(?:").append(comma).append("\\s++").append(WORD).append("){0,").append(most).append("}")
                        .append(comma);
            } else if (t.endsWith("?") && t.length() > 1) {
                String word = t.substring(0, t.length() - 1);
                // an optional word is taken whole or not at all: "that?" leaves "that's" alone
                boolean whole = Character.isLetterOrDigit(word.charAt(word.length() - 1)) && !word.endsWith("...");
                re.append("(?:\\s+").append(alternatives(word)).append(whole ? "(?![\\p{L}\\p{N}'\u2019])" : "")
                        .append(")?");
            } else {
                re.append("\\s+").append(alternatives(t));
            }
        }
        String last = tokens[tokens.length - 1];
        boolean endsOnWord = Character.isLetterOrDigit(last.charAt(last.length() - 1)) && !last.endsWith("...");
        return re.append(endsOnWord ? "\\b)" : ")").toString();
    }

    private static String alternatives(String token) {
        List<String> out = new ArrayList<>();
        for (String alternative : token.split("\\|")) {
            List<String> words = new ArrayList<>();
            for (String word : alternative.split("_")) {
                words.add(word(word));
            }
            out.add(String.join("\\s+", words));
        }
        return "(?:" + String.join("|", out) + ")";
    }

    private static String word(String word) {
        if (word.equals("<n>")) {
            return Numbers.PATTERN;
        }
        boolean prefix = word.endsWith("...");
        String literal = prefix ? word.substring(0, word.length() - 3) : word;
        StringBuilder re = new StringBuilder();
        for (char c : literal.toCharArray()) {
            if (c == '\'' || c == '\u2019') {
                re.append("['\u2019]");
            } else if (Character.isLetterOrDigit(c)) {
                re.append(c);
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return prefix ? re + "[\\p{L}\\p{N}]*+" : re.toString();
    }

    private static List<String> languages() {
        return lines(ROOT + "languages.txt", true);
    }

    /**
     * The lines of a resource without comments (#) and blank lines; a missing optional file has none. Shared with
     * the fact tables ({@link PhraseTable}), which are read the same way.
     */
    public static List<String> lines(String resource, boolean required) {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                return List.of();
            }
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    lines.add(l);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
