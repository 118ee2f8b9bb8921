package org.rapporteur.model;

import java.util.List;

/** An extracted statement and the evidence it rests on. */
public record Claim(String text, String speaker, List<Evidence> evidence) {

    public Claim {
        evidence = List.copyOf(evidence);
    }
}
