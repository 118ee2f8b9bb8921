package org.rapporteur.model;

import java.util.List;

/** An agreement or disagreement: {@code speaker} agreed or disagreed with {@code with} (null where unnamed). */
public record Relation(String speaker, String with, String text, List<Evidence> evidence) {

    public Relation {
        evidence = List.copyOf(evidence);
    }
}
