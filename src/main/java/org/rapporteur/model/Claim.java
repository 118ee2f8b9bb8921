package org.rapporteur.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * An extracted statement and the evidence it rests on. {@code text} may be the tool's wording; the evidence is
 * verbatim. {@code basis} says why it was chosen ("closing-summary", "stated-consensus", "central"), null where
 * that is not told. {@code told}: how many of the evidence items, from the first, the text tells; the rest show
 * where else the speaker said it (a position's point), and the renderings say so. Not written to report.json,
 * whose contract has no place for it: read back, all the evidence is told.
 */
public record Claim(String text, String speaker, List<Evidence> evidence, String basis, @JsonIgnore Integer told) {

    public Claim {
        evidence = List.copyOf(evidence);
        // absent (null) when read back from report.json
        told = told == null || told <= 0 || told > evidence.size() ? evidence.size() : told;
    }

    public Claim(String text, String speaker, List<Evidence> evidence, String basis) {
        this(text, speaker, evidence, basis, evidence.size());
    }

    public Claim(String text, String speaker, List<Evidence> evidence) {
        this(text, speaker, evidence, null);
    }

    /** Equal as report.json tells them: whatever {@code told}, which it does not hold. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Claim c && Objects.equals(text, c.text) && Objects.equals(speaker, c.speaker)
                && evidence.equals(c.evidence) && Objects.equals(basis, c.basis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, speaker, evidence, basis);
    }

    /** The same claim worded otherwise: its evidence and what of it the text tells unchanged. */
    public Claim withText(String other) {
        return new Claim(other, speaker, evidence, basis, told);
    }

    /** The evidence of what the text tells. */
    public List<Evidence> toldEvidence() {
        return evidence.subList(0, told);
    }

    /** The evidence of where else the speaker said it, beyond what the text tells. */
    public List<Evidence> furtherEvidence() {
        return evidence.subList(told, evidence.size());
    }
}
