package org.rapporteur.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table of facts as data: {@code value = phrase} lines, the phrase in the lexicon syntax (lexicon/README.md),
 * several lines per value allowed, {@code #} comments. Tells which value a text names first.
 */
public final class PhraseTable {

    /** A value's phrase, and the words a text cannot name it without (null: any text may). */
    private record Entry(String value, Pattern pattern, RequiredWords required) {

        /** A matcher of the phrase over the text; null where the text lacks a word the phrase requires. */
        Matcher in(String text) {
            return required == null || required.anyIn(text) ? pattern.matcher(text) : null;
        }
    }

    /** Where a text names a value: the value and the span of the phrase that names it. */
    public record Found(String value, int start, int end) {
    }

    private final List<Entry> entries;
    /** A text holding none of these names no value, which spares searching it phrase by phrase; null: any may. */
    private final RequiredWords required;

    private PhraseTable(List<Entry> entries, RequiredWords required) {
        this.entries = List.copyOf(entries);
        this.required = required;
    }

    /** The value whose phrase occurs earliest in the text; null when none does. */
    public String first(String text) {
        if (required != null && !required.anyIn(text)) {
            return null;
        }
        String best = null;
        int at = Integer.MAX_VALUE;
        for (Entry e : entries) {
            Matcher m = e.in(text);
            if (m != null && m.find() && m.start() < at) {
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
    public List<Found> all(String text) {
        List<Found> out = new ArrayList<>();
        if (required != null && !required.anyIn(text)) {
            return out;
        }
        for (Entry e : entries) {
            Matcher m = e.in(text);
            int from = 0;
            while (m != null && from < text.length() && m.find(from)) {
                out.add(new Found(e.value(), m.start(), m.end()));
                from = m.start() + 1;
            }
        }
        out.sort(java.util.Comparator.comparingInt(Found::start).thenComparing(f -> -f.end()));
        return out;
    }

    /** The values the table names, each once, in the order of the file. */
    public Set<String> values() {
        Set<String> out = new LinkedHashSet<>();
        entries.forEach(e -> out.add(e.value()));
        return out;
    }

    /** Reads a table from the classpath; a missing file or a line without " = " is a build mistake. */
    public static PhraseTable read(String resource) {
        List<Entry> entries = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        for (String l : Lexicon.lines(resource, true)) {
            int eq = l.indexOf(" = ");
            if (eq < 0) {
                throw new IllegalStateException(resource + ": not 'value = phrase': " + l);
            }
            String phrase = l.substring(eq + 3);
            entries.add(new Entry(l.substring(0, eq).strip(), Pattern.compile("(?iu)" + Lexicon.compile(phrase)),
                    RequiredWords.of(List.of(phrase))));
            phrases.add(phrase);
        }
        return new PhraseTable(entries, RequiredWords.of(phrases));
    }
}
