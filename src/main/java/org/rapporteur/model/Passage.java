package org.rapporteur.model;

/**
 * A piece of spoken text exactly as it stands in the source, and the 1-based line where it starts.
 * {@code pauseBefore}: in captions without punctuation, the words start after a long pause between timed words, so
 * a sentence starts here.
 */
public record Passage(int line, String text, boolean pauseBefore) {

    public Passage(int line, String text) {
        this(line, text, false);
    }
}
