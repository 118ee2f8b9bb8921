package org.rapporteur.language;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cue's phrases, compiled once: the pattern (see {@link Lexicon} for the syntax) and the letters its phrases
 * open on. {@link #find} asks the cheap question first, so most sentences never meet the pattern.
 */
public final class Cue {

    private final Pattern pattern;
    /** Null where the phrases can open on something their letters do not tell. */
    private final RequiredWords required;

    Cue(Pattern pattern, RequiredWords required) {
        this.pattern = pattern;
        this.required = required;
    }

    /** Whether the text holds a phrase of the cue. */
    public boolean find(CharSequence text) {
        return mayHold(text) && pattern.matcher(text).find();
    }

    /**
     * Whether a text can hold a phrase of the cue at all: false only where none can match, so a caller that needs
     * the match's place may skip {@link #matcher} on false.
     */
    public boolean mayHold(CharSequence text) {
        return required == null || required.anyIn(text);
    }

    /** A matcher over the text, for callers that need where the phrase is or replace it. */
    public Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    public Pattern pattern() {
        return pattern;
    }
}
