package org.rapporteur.model;

import java.util.List;

/**
 * Whether gender issues were discussed: {@code mentions} counts the statements and public chat messages that
 * raise them, {@code summary} says so in a sentence the rapporteur can confirm or correct, {@code evidence} quotes
 * the clearest of them.
 */
public record GenderReflection(boolean discussed, int mentions, String summary, List<Evidence> evidence) {

    public GenderReflection {
        evidence = List.copyOf(evidence);
    }
}
