package org.rapporteur.model;

/**
 * A piece of spoken text exactly as it stands in the source, and the 1-based line where it starts.
 * {@code pauseBefore}: in captions without punctuation, the words start after a long pause between timed words, so
 * a sentence starts here. {@code seconds}: when its first word was said, from the start of the recording, where the
 * source times it (a subtitle cue, a timed word); null where it does not.
 */
public record Passage(int line, String text, boolean pauseBefore, Double seconds) {

    public Passage(int line, String text) {
        this(line, text, false, null);
    }

    public Passage(int line, String text, boolean pauseBefore) {
        this(line, text, pauseBefore, null);
    }
}
