package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.language.Lexicon;

/**
 * A table of facts as data: {@code value = phrase} lines, the phrase in the lexicon syntax (lexicon/README.md),
 * several lines per value allowed, {@code #} comments. Tells which value a text names first.
 */
final class PhraseTable {

    private record Entry(String value, Pattern pattern) {
    }

    /** Where a text names a value: the value and the span of the phrase that names it. */
    record Found(String value, int start, int end) {
    }

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}'-]+");

    private final List<Entry> entries;
    /**
     * The words a phrase of the table can open on, lower-cased; null where a phrase opens on a number or a word's
     * beginning. A text holding none of them names no value, which spares searching it phrase by phrase.
     */
    private final Set<String> openers;

    private PhraseTable(List<Entry> entries, Set<String> openers) {
        this.entries = List.copyOf(entries);
        this.openers = openers == null ? null : Set.copyOf(openers);
    }

    /** The value whose phrase occurs earliest in the text; null when none does. */
    String first(String text) {
        String best = null;
        int at = Integer.MAX_VALUE;
        for (Entry e : entries) {
            Matcher m = e.pattern().matcher(text);
            if (m.find() && m.start() < at) {
                best = e.value();
                at = m.start();
            }
        }
        return best;
    }

    /**
     * Every place the text names a value, in the text's order, a longer phrase first where two start together;
     * overlapping phrases are all found ("UNESCO Recommendation on the Ethics ..." holds two).
     */
    List<Found> all(String text) {
        List<Found> out = new ArrayList<>();
        if (openers != null && !opens(text)) {
            return out;
        }
        for (Entry e : entries) {
            Matcher m = e.pattern().matcher(text);
            int from = 0;
            while (from < text.length() && m.find(from)) {
                out.add(new Found(e.value(), m.start(), m.end()));
                from = m.start() + 1;
            }
        }
        out.sort(java.util.Comparator.comparingInt(Found::start).thenComparing(f -> -f.end()));
        return out;
    }

    private boolean opens(String text) {
        for (String w : WORD_BREAK.split(text.replace('\u2019', '\'').toLowerCase(Locale.ROOT))) {
            if (openers.contains(w) || openers.contains(w.replaceAll("'s$", ""))) {
                return true;
            }
            // a phrase may open inside a hyphenated word ("pre-GDPR")
            for (String part : w.split("-")) {
                if (openers.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words a phrase can open on, or null where that cannot be told from its first word alone. */
    private static Set<String> openers(String phrase, Set<String> into) {
        for (String alternative : phrase.strip().split("\\s+")[0].split("\\|")) {
            String first = alternative.split("_")[0].toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (first.isEmpty() || first.endsWith("...") || first.startsWith("<") || first.equals("^")
                    || !first.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '\'' || c == '-')) {
                return null;
            }
            into.add(first);
        }
        return into;
    }

    /** Reads a table from the classpath; a missing file or a line without " = " is a build mistake. */
    static PhraseTable read(String resource) {
        List<Entry> entries = new ArrayList<>();
        Set<String> openers = new HashSet<>();
        for (String l : Lexicon.lines(resource, true)) {
            int eq = l.indexOf(" = ");
            if (eq < 0) {
                throw new IllegalStateException(resource + ": not 'value = phrase': " + l);
            }
            entries.add(new Entry(l.substring(0, eq).strip(),
                    Pattern.compile("(?iu)" + Lexicon.compile(l.substring(eq + 3)))));
            if (openers != null) {
                openers = openers(l.substring(eq + 3), openers);
            }
        }
        return new PhraseTable(entries, openers);
    }
}
