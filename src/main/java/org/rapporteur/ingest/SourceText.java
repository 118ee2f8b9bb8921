package org.rapporteur.ingest;

import java.util.List;

/**
 * A text file decoded into lines: {@code lines.get(i)} is line i+1 of the file, without its line break.
 * {@code warning} says how the encoding was guessed, where it had to be.
 */
public record SourceText(String file, List<String> lines, String charset, String warning) {

    public SourceText {
        lines = List.copyOf(lines);
    }

    /** The first non-blank lines, for sniffing. */
    public List<String> head(int count) {
        return lines.stream().filter(l -> !l.isBlank()).limit(count).toList();
    }

    public boolean isBlank() {
        return lines.stream().allMatch(String::isBlank);
    }
}
