package org.rapporteur.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table of facts as data: {@code value = phrase} lines, the phrase in the lexicon syntax (lexicon/README.md),
 * several lines per value allowed, {@code #} comments. Tells which value a text names first.
 */
final class PhraseTable {

    private record Entry(String value, Pattern pattern) {
    }

    private final List<Entry> entries;

    private PhraseTable(List<Entry> entries) {
        this.entries = List.copyOf(entries);
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

    /** Reads a table from the classpath; a missing file or a line without " = " is a build mistake. */
    static PhraseTable read(String resource) {
        List<Entry> entries = new ArrayList<>();
        for (String l : Lexicon.lines(resource, true)) {
            int eq = l.indexOf(" = ");
            if (eq < 0) {
                throw new IllegalStateException(resource + ": not 'value = phrase': " + l);
            }
            entries.add(new Entry(l.substring(0, eq).strip(),
                    Pattern.compile("(?iu)" + Lexicon.compile(l.substring(eq + 3)))));
        }
        return new PhraseTable(entries);
    }
}
