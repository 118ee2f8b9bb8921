package org.rapporteur.model;

import java.util.List;

/**
 * An extracted statement and the evidence it rests on. {@code text} may be the tool's wording; the evidence is
 * verbatim. {@code basis} says why it was chosen ("closing-summary", "stated-consensus", "central"), null where
 * that is not told.
 */
public record Claim(String text, String speaker, List<Evidence> evidence, String basis) {

    public Claim {
        evidence = List.copyOf(evidence);
    }

    public Claim(String text, String speaker, List<Evidence> evidence) {
        this(text, speaker, evidence, null);
    }
}
